"""Round 177: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm177-de-01: A police officer dies after the Mannheim knife attack on a Pax Europa rally; federal prosecutors, Scholz, Faeser, Merz and the police union react (2024-06-03).
- hm177-de-02: A Russian missile kills children near a playground in Kryvyi Rih; Zelensky, Lysak, Kallas accuse Moscow, Zelensky criticises the US ambassador (2025-04-05).
- hm177-de-03: Merz puts the Bundeswehr's Lithuania brigade into service in Vilnius with Nausėda; the Kremlin objects and warns (2025-05-22).
- hm177-de-04: Armenia freezes its participation in the Russian-led CSTO; Pashinyan's accusations, Peskov's reply, opposition criticism (2024-02-23).
- hm177-en-01: Canadian Finance Minister Chrystia Freeland resigns and attacks Trudeau; Singh, Poilievre and Liberal MPs call for him to go, Trump mocks (2024-12-16).
- hm177-en-02: Trump and Putin meet in Anchorage without a ceasefire deal; invitations, Zelensky's Washington trip, European calls and threats (2025-08-16).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- actors
SULAIMAN = actor("Sulaiman A.", "AFG", "CVL")
LAUR = actor("Rouven Laur", "DEU", "COP")
STUERZENBERGER = actor("Michael Stürzenberger", "DEU", "CVL")
PAX_PARTICIPANTS = actor("participants of the Pax Europa rally", "DEU", "CVL")
MANNHEIM_POLICE = actor("Mannheim police", "DEU", "COP")
GBA = actor("Federal Prosecutor General of Germany", "DEU", "JUD")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
FAESER = actor("Nancy Faeser", "DEU", "GOV")
MERZ_OPP = actor("Friedrich Merz", "DEU", "OPP")
GERMANY = actor("Germany", "DEU", "GOV")
GDP = actor("Gewerkschaft der Polizei", "DEU", "LAB")
MANNHEIM_MUSLIMS = actor("Muslim associations in Mannheim", "DEU", "CVL")

RUSSIA = actor("Russia", "RUS", "GOV")
RUS_MIL = actor("Russian armed forces", "RUS", "MIL")
RUS_MOD = actor("Russian Ministry of Defence", "RUS", "MIL")
KRYVYI_RIH_RESIDENTS = actor("residents of Kryvyi Rih", "UKR", "CVL")
KHARKIV_RESIDENTS = actor("residents of Kharkiv", "UKR", "CVL")
UKR_MIL = actor("Ukrainian armed forces", "UKR", "MIL")
UKR_GENSTAFF = actor("General Staff of the Ukrainian Armed Forces", "UKR", "MIL")
LYSAK = actor("Serhiy Lysak", "UKR", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
BRINK = actor("Bridget Brink", "USA", "GOV")
SYBIHA = actor("Andrii Sybiha", "UKR", "GOV")
EU = actor("European Union", "EUR", "IGO")
USA = actor("United States", "USA", "GOV")
KALLAS = actor("Kaja Kallas", "EUR", "IGO")

MERZ = actor("Friedrich Merz", "DEU", "GOV")
LITHUANIA = actor("Lithuania", "LTU", "GOV")
NAUSEDA = actor("Gitanas Nausėda", "LTU", "GOV")
NATO = actor("NATO", "IGO", "IGO")
BUNDESWEHR = actor("Bundeswehr", "DEU", "MIL")
LTU_MIL = actor("Lithuanian Armed Forces", "LTU", "MIL")
KREMLIN = actor("Kremlin", "RUS", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")

ARMENIA = actor("Armenia", "ARM", "GOV")
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")
CSTO = actor("Collective Security Treaty Organization", "IGO", "IGO")
AZE_MIL = actor("Azerbaijani armed forces", "AZE", "MIL")
HAYASTAN = actor("Hayastan alliance", "ARM", "OPP")

FREELAND = actor("Chrystia Freeland", "CAN", "GOV")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
CANADA = actor("Canada", "CAN", "GOV")
SINGH = actor("Jagmeet Singh", "CAN", "OPP")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
LIBERAL_MPS = actor("Liberal members of parliament", "CAN", "LEG")

PUTIN = actor("Vladimir Putin", "RUS", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
UKR_PRES_OFFICE = actor("Office of the President of Ukraine", "UKR", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
SUMY_RESIDENTS = actor("residents of Sumy", "UKR", "CVL")

# ---------------------------------------------------------------- hm177-de-01
G1 = ("Zwei Tage nach dem Messerangriff auf dem Mannheimer Marktplatz ist der 29 Jahre alte Polizist "
      "Rouven L. seinen schweren Verletzungen erlegen.")
G2 = ("Der 25 Jahre alte Afghane Sulaiman A. hatte am Freitag bei einer Kundgebung der islamkritischen "
      "Bewegung Pax Europa mehrere Menschen mit einem Messer verletzt, darunter den Aktivisten Michael "
      "Stürzenberger.")
G3 = ("Als der Beamte eingreifen wollte, stach der Angreifer ihm mehrfach in den Kopf, bevor ein Kollege "
      "ihn mit einem Schuss stoppte.")
G4 = ("Die Bundesanwaltschaft hat die Ermittlungen an sich gezogen und geht von einem religiös motivierten "
      "Anschlag aus.")
G5 = ("Bundeskanzler Olaf Scholz sprach von einem „furchtbaren Verbrechen“ und sagte, der Tod des Polizisten "
      "erschüttere ihn zutiefst.")
G6 = ("Innenministerin Nancy Faeser besuchte am Montag das Polizeipräsidium Mannheim und traf dort Kollegen "
      "des Getöteten.")
G7 = ("Sie lasse prüfen, ob schwere Straftäter wieder nach Afghanistan abgeschoben werden könnten, hieß es "
      "aus ihrem Ministerium.")
G8 = ("Unionsfraktionschef Friedrich Merz forderte die Bundesregierung auf, Abschiebungen nach Afghanistan "
      "und Syrien „ohne weiteres Zögern“ zu ermöglichen.")
G9 = ("Die Gewerkschaft der Polizei warf der Politik vor, Beamte bei Einsätzen auf Kundgebungen nicht "
      "ausreichend zu schützen.")
G10 = ("Der Angreifer liegt nach einer Notoperation weiter im künstlichen Koma, ein Haftbefehl gegen ihn "
       "wurde bislang nicht vollstreckt.")
G11 = "Muslimische Verbände in Mannheim verurteilten den Angriff und riefen zu Besonnenheit auf."
G12 = "Messerangriffe bei öffentlichen Veranstaltungen haben in Deutschland zuletzt deutlich zugenommen."

DE01 = {
    "id": "hm177-de-01", "lang": "de", "url": None, "published": "2024-06-03",
    "title": "Polizist nach Messerangriff in Mannheim gestorben",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10, G11, G12]),
    "events": [
        event("ASSAULT", SULAIMAN, LAUR, G1, mode="primitive", date="2024-05-31", location="Mannheim",
              location_country="DEU"),
        event("ASSAULT", SULAIMAN, STUERZENBERGER, G2, mode="primitive", date="2024-05-31", location="Mannheim",
              location_country="DEU"),
        event("ASSAULT", SULAIMAN, PAX_PARTICIPANTS, G2, mode="primitive", date="2024-05-31",
              location="Mannheim", location_country="DEU"),
        event("ASSAULT", SULAIMAN, LAUR, G3, mode="primitive", date="2024-05-31", location="Mannheim",
              location_country="DEU"),
        event("ASSAULT", MANNHEIM_POLICE, SULAIMAN, G3, mode="firearms", date="2024-05-31", location="Mannheim",
              location_country="DEU"),
        event("ACCUSE", GBA, SULAIMAN, G4, mode="investigate"),
        event("ACCUSE", SCHOLZ, SULAIMAN, G5, mode="disapprove"),
        event("CONSULT", FAESER, MANNHEIM_POLICE, G6, mode="visit", date="2024-06-03", location="Mannheim",
              location_country="DEU"),
        event("REQUEST", MERZ_OPP, GERMANY, G8, mode="change"),
        event("ACCUSE", GDP, GERMANY, G9, mode="disapprove"),
        event("COERCE", GBA, SULAIMAN, G10, mode="arrest", negated=True),
        event("ACCUSE", MANNHEIM_MUSLIMS, SULAIMAN, G11, mode="disapprove"),
    ],
    "quotes": [
        quote("furchtbaren Verbrechen", "Olaf Scholz", "direct"),
        quote("der Tod des Polizisten erschüttere ihn zutiefst", "Olaf Scholz", "indirect"),
        quote("Sie lasse prüfen, ob schwere Straftäter wieder nach Afghanistan abgeschoben werden könnten",
              "Federal Ministry of the Interior", "indirect"),
        quote("ohne weiteres Zögern", "Friedrich Merz", "direct"),
        quote("Abschiebungen nach Afghanistan und Syrien „ohne weiteres Zögern“ zu ermöglichen", "Friedrich Merz",
              "indirect"),
        quote("Beamte bei Einsätzen auf Kundgebungen nicht ausreichend zu schützen", "Gewerkschaft der Polizei",
              "indirect"),
    ],
    "entities": [
        entity("Sulaiman A.", "PER", "AFG", ["Der 25 Jahre alte Afghane Sulaiman A.", "der Angreifer", "ihn",
                                              "Der Angreifer"]),
        entity("Rouven Laur", "PER", "DEU", ["der 29 Jahre alte Polizist Rouven L.", "der Beamte", "ihm",
                                             "des Getöteten", "des Polizisten"]),
        entity("Michael Stürzenberger", "PER", "DEU", ["den Aktivisten Michael Stürzenberger"]),
        entity("Pax Europa", "ORG", "DEU", ["der islamkritischen Bewegung Pax Europa"]),
        entity("Mannheim market square", "LOC", "DEU", ["dem Mannheimer Marktplatz"]),
        entity("Mannheim", "LOC", "DEU", ["Mannheim"]),
        entity("Mannheim police", "ORG", "DEU", ["das Polizeipräsidium Mannheim"]),
        entity("Federal Prosecutor General of Germany", "ORG", "DEU", ["Die Bundesanwaltschaft"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("Nancy Faeser", "PER", "DEU", ["Innenministerin Nancy Faeser", "Sie"]),
        entity("Federal Ministry of the Interior", "ORG", "DEU", ["ihrem Ministerium"]),
        entity("Friedrich Merz", "PER", "DEU", ["Unionsfraktionschef Friedrich Merz"]),
        entity("Germany", "GPE", "DEU", ["die Bundesregierung", "der Politik", "Deutschland"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan"]),
        entity("Syria", "GPE", "SYR", ["Syrien"]),
        entity("Gewerkschaft der Polizei", "ORG", "DEU", ["Die Gewerkschaft der Polizei"]),
        entity("Muslim associations in Mannheim", "ORG", "DEU", ["Muslimische Verbände in Mannheim"]),
    ],
}

# ---------------------------------------------------------------- hm177-de-02
K1 = ("Bei einem russischen Raketenangriff auf die zentralukrainische Stadt Krywyj Rih sind am Freitagabend "
      "mindestens 18 Menschen getötet worden, darunter neun Kinder.")
K2 = ("Die Rakete schlug neben einem Spielplatz in einem Wohnviertel ein, mehr als 60 Menschen wurden "
      "verletzt.")
K3 = ("Der Chef der regionalen Militärverwaltung, Serhij Lyssak, sprach von einem „Angriff auf spielende "
      "Kinder“ und rief eine dreitägige Trauer aus.")
K4 = ("Präsident Wolodymyr Selenskyj, der aus Krywyj Rih stammt, warf Moskau vor, gezielt Zivilisten zu "
      "töten.")
K5 = ("Das russische Verteidigungsministerium erklärte dagegen, es habe mit einer Iskander-Rakete ein "
      "Restaurant getroffen, in dem sich ukrainische Kommandeure und westliche Ausbilder versammelt hätten.")
K6 = "Einen Angriff auf zivile Ziele wies Kremlsprecher Dmitri Peskow zurück."
K7 = ("Der ukrainische Generalstab nannte die Darstellung eine Lüge, in dem Viertel habe es keine "
      "militärischen Ziele gegeben.")
K8 = ("Selenskyj kritisierte zudem die US-Botschafterin in Kiew, Bridget Brink, deren Erklärung Russland "
      "nicht als Urheber genannt hatte.")
K9 = "„Eine so schwache Reaktion“, sagte er, „ermutigt nur diejenigen, die Kinder töten.“"
K10 = ("Außenminister Andrij Sybiha forderte die Europäische Union und die USA auf, mehr "
       "Patriot-Flugabwehrsysteme zu liefern.")
K11 = ("Die EU-Außenbeauftragte Kaja Kallas verurteilte den Angriff und sagte, Moskau zeige erneut, dass es "
       "keinen Frieden wolle.")
K12 = "In der Nacht griff die russische Armee zudem die Stadt Charkiw mit Drohnen an."
K13 = ("Gespräche über eine begrenzte Waffenruhe für Energieanlagen waren zuletzt ohne greifbares Ergebnis "
       "geblieben.")

DE02 = {
    "id": "hm177-de-02", "lang": "de", "url": None, "published": "2025-04-05",
    "title": "Raketenangriff auf Krywyj Rih: Kiew wirft Moskau gezielten Terror vor",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8, K9], [K10, K11, K12, K13]),
    "events": [
        event("ASSAULT", RUS_MIL, KRYVYI_RIH_RESIDENTS, K1, mode="heavy-weapons", date="2025-04-04",
              location="Kryvyi Rih", location_country="UKR"),
        event("ACCUSE", LYSAK, RUSSIA, K3, mode="disapprove"),
        event("ACCUSE", ZELENSKY, RUSSIA, K4, mode="allege"),
        event("ASSAULT", RUS_MOD, UKR_MIL, K5, mode="heavy-weapons", date="2025-04-04", location="Kryvyi Rih",
              location_country="UKR"),
        event("ACCUSE", UKR_GENSTAFF, RUS_MOD, K7, mode="disapprove"),
        event("ACCUSE", ZELENSKY, BRINK, K8, mode="disapprove"),
        event("ACCUSE", ZELENSKY, BRINK, K9, mode="disapprove"),
        event("ACCUSE", ZELENSKY, RUSSIA, K9, mode="disapprove"),
        event("REQUEST", SYBIHA, EU, K10, mode="assist"),
        event("REQUEST", SYBIHA, USA, K10, mode="assist"),
        event("ACCUSE", KALLAS, RUSSIA, K11, mode="disapprove"),
        event("ASSAULT", RUS_MIL, KHARKIV_RESIDENTS, K12, mode="drone", location="Kharkiv",
              location_country="UKR"),
    ],
    "quotes": [
        quote("Angriff auf spielende Kinder", "Serhiy Lysak", "direct"),
        quote("gezielt Zivilisten zu töten", "Volodymyr Zelensky", "indirect"),
        quote("es habe mit einer Iskander-Rakete ein Restaurant getroffen, in dem sich ukrainische Kommandeure "
              "und westliche Ausbilder versammelt hätten", "Russian Ministry of Defence", "indirect"),
        quote("in dem Viertel habe es keine militärischen Ziele gegeben",
              "General Staff of the Ukrainian Armed Forces", "indirect"),
        quote("Eine so schwache Reaktion", "Volodymyr Zelensky", "direct"),
        quote("ermutigt nur diejenigen, die Kinder töten", "Volodymyr Zelensky", "direct"),
        quote("mehr Patriot-Flugabwehrsysteme zu liefern", "Andrii Sybiha", "indirect"),
        quote("Moskau zeige erneut, dass es keinen Frieden wolle", "Kaja Kallas", "indirect"),
    ],
    "entities": [
        entity("Kryvyi Rih", "LOC", "UKR", ["die zentralukrainische Stadt Krywyj Rih", "Krywyj Rih"]),
        entity("Serhiy Lysak", "PER", "UKR", ["Der Chef der regionalen Militärverwaltung, Serhij Lyssak"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "Selenskyj", "er"]),
        entity("Russia", "GPE", "RUS", ["Moskau", "Russland"]),
        entity("Russian Ministry of Defence", "ORG", "RUS", ["Das russische Verteidigungsministerium", "es"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("General Staff of the Ukrainian Armed Forces", "ORG", "UKR", ["Der ukrainische Generalstab"]),
        entity("Bridget Brink", "PER", "USA", ["die US-Botschafterin in Kiew, Bridget Brink"]),
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Andrii Sybiha", "PER", "UKR", ["Außenminister Andrij Sybiha"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("United States", "GPE", "USA", ["die USA"]),
        entity("Kaja Kallas", "PER", "EUR", ["Die EU-Außenbeauftragte Kaja Kallas"]),
        entity("Russian armed forces", "ORG", "RUS", ["die russische Armee"]),
        entity("Kharkiv", "LOC", "UKR", ["die Stadt Charkiw"]),
    ],
}

# ---------------------------------------------------------------- hm177-de-03
L1 = ("Bundeskanzler Friedrich Merz hat bei einem Besuch in Litauen die erste dauerhaft im Ausland "
      "stationierte Brigade der Bundeswehr offiziell in Dienst gestellt.")
L2 = ("Auf dem Kathedralenplatz in Vilnius stand er am Donnerstag neben Präsident Gitanas Nausėda vor rund "
      "800 Soldaten der Panzerbrigade 45.")
L3 = "„Der Schutz Litauens ist unser eigener Schutz“, sagte Merz."
L4 = ("Deutschland werde gemeinsam mit den Verbündeten jeden Zentimeter des Bündnisgebiets verteidigen, "
      "fügte er hinzu.")
L5 = ("Nausėda dankte der Bundesregierung und nannte die Brigade ein „historisches Zeichen der "
      "Solidarität“.")
L6 = ("Litauen hat zugesagt, bis 2027 Kasernen, Übungsplätze und Wohnungen für die Soldaten und ihre "
      "Familien bereitzustellen.")
L7 = "Im Anschluss übten deutsche und litauische Soldaten gemeinsam auf dem Truppenübungsplatz Pabradė."
L8 = "Bis Ende 2027 sollen rund 5000 Soldaten in dem baltischen Land stationiert sein."
L9 = "Der Kreml kritisierte die Stationierung scharf."
L10 = ("Sprecher Dmitri Peskow sagte, Berlin befeuere die Spannungen in Europa und folge einem „gefährlichen "
       "Kurs der Militarisierung“.")
L11 = "Russland werde darauf mit Maßnahmen zum Schutz seiner Westgrenze antworten, drohte er."
L12 = "Litauens Außenminister Kęstutis Budrys wies den Vorwurf der Eskalation zurück."

DE03 = {
    "id": "hm177-de-03", "lang": "de", "url": None, "published": "2025-05-22",
    "title": "Merz stellt Bundeswehr-Brigade in Litauen in Dienst",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8], [L9, L10, L11, L12]),
    "events": [
        event("CONSULT", MERZ, LITHUANIA, L1, mode="visit", date="2025-05-22", location="Lithuania",
              location_country="LTU"),
        event("MOBILIZE", MERZ, None, L1, mode="troops", date="2025-05-22", location="Lithuania",
              location_country="LTU"),
        event("CONSULT", MERZ, NAUSEDA, L2, mode="visit", date="2025-05-22", location="Vilnius",
              location_country="LTU"),
        event("SUPPORT", MERZ, LITHUANIA, L3),
        event("AGREE", MERZ, NATO, L4),
        event("SUPPORT", NAUSEDA, GERMANY, L5),
        event("AGREE", LITHUANIA, GERMANY, L6),
        event("COOPERATE", BUNDESWEHR, LTU_MIL, L7, date="2025-05-22", location="Pabradė",
              location_country="LTU"),
        event("ACCUSE", KREMLIN, GERMANY, L9, mode="disapprove"),
        event("ACCUSE", PESKOV, GERMANY, L10, mode="disapprove"),
        event("THREATEN", PESKOV, GERMANY, L11),
    ],
    "quotes": [
        quote("Der Schutz Litauens ist unser eigener Schutz", "Friedrich Merz", "direct"),
        quote("Deutschland werde gemeinsam mit den Verbündeten jeden Zentimeter des Bündnisgebiets verteidigen",
              "Friedrich Merz", "indirect"),
        quote("historisches Zeichen der Solidarität", "Gitanas Nausėda", "direct"),
        quote("bis 2027 Kasernen, Übungsplätze und Wohnungen für die Soldaten und ihre Familien bereitzustellen",
              "Lithuania", "indirect"),
        quote("Berlin befeuere die Spannungen in Europa und folge einem „gefährlichen Kurs der Militarisierung“",
              "Dmitry Peskov", "indirect"),
        quote("gefährlichen Kurs der Militarisierung", "Dmitry Peskov", "direct"),
        quote("Russland werde darauf mit Maßnahmen zum Schutz seiner Westgrenze antworten", "Dmitry Peskov",
              "indirect"),
    ],
    "entities": [
        entity("Friedrich Merz", "PER", "DEU", ["Bundeskanzler Friedrich Merz", "er", "Merz"]),
        entity("Lithuania", "GPE", "LTU", ["Litauen", "Litauens", "dem baltischen Land"]),
        entity("Bundeswehr", "ORG", "DEU", ["der Bundeswehr"]),
        entity("Vilnius", "LOC", "LTU", ["Vilnius"]),
        entity("Cathedral Square", "LOC", "LTU", ["dem Kathedralenplatz in Vilnius"]),
        entity("Gitanas Nausėda", "PER", "LTU", ["Präsident Gitanas Nausėda", "Nausėda"]),
        entity("Panzerbrigade 45", "ORG", "DEU", ["der Panzerbrigade 45", "die Brigade",
                                                  "die erste dauerhaft im Ausland stationierte Brigade der Bundeswehr"]),
        entity("Germany", "GPE", "DEU", ["Deutschland", "der Bundesregierung", "Berlin"]),
        entity("Pabradė training area", "LOC", "LTU", ["dem Truppenübungsplatz Pabradė"]),
        entity("Kremlin", "ORG", "RUS", ["Der Kreml"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Sprecher Dmitri Peskow", "er"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("Kęstutis Budrys", "PER", "LTU", ["Litauens Außenminister Kęstutis Budrys"]),
    ],
}

# ---------------------------------------------------------------- hm177-de-04
A1 = "Armenien hat seine Beteiligung an dem von Russland geführten Militärbündnis OVKS eingefroren."
A2 = ("„Wir haben unsere Teilnahme an diesem Vertrag faktisch eingefroren“, sagte Regierungschef Nikol "
      "Paschinjan in einem am Donnerstag ausgestrahlten Interview des Senders France 24.")
A3 = ("Die OVKS habe ihre Verpflichtungen gegenüber Armenien in den Jahren 2021 und 2022 nicht erfüllt, "
      "begründete er den Schritt.")
A4 = ("Damals hatte Eriwan das Bündnis nach Angriffen Aserbaidschans an der Grenze vergeblich um Beistand "
      "gebeten.")
A5 = ("Ein Austritt aus der Organisation stehe derzeit nicht auf der Tagesordnung, sei aber nicht "
      "ausgeschlossen, sagte Paschinjan.")
A6 = ("Zugleich räumte er ein, Armenien habe sich in Sicherheitsfragen zu lange allein auf Russland "
      "verlassen.")
A7 = "Kremlsprecher Dmitri Peskow forderte am Freitag von Eriwan eine Erklärung zu den Äußerungen."
A8 = "Armenien bleibe ein enger Verbündeter Russlands, betonte er."
A9 = "Paschinjan hatte bereits im November einen OVKS-Gipfel in Minsk boykottiert."
A10 = ("Zudem warf er Moskau wiederholt vor, die Flucht von mehr als 100.000 Armeniern aus Bergkarabach im "
       "vergangenen Herbst nicht verhindert zu haben.")
A11 = "Die oppositionelle Allianz Hajastan warf der Regierung vor, das Land schutzlos zurückzulassen."
A12 = "Dem Bündnis gehören außerdem Belarus, Kasachstan, Kirgistan und Tadschikistan an."

DE04 = {
    "id": "hm177-de-04", "lang": "de", "url": None, "published": "2024-02-23",
    "title": "Armenien legt Mitarbeit im Militärbündnis OVKS auf Eis",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12]),
    "events": [
        event("SANCTION", ARMENIA, CSTO, A1, mode="withdraw"),
        event("SANCTION", PASHINYAN, CSTO, A2, mode="withdraw"),
        event("ACCUSE", PASHINYAN, CSTO, A3, mode="allege"),
        event("REQUEST", ARMENIA, CSTO, A4, mode="assist"),
        event("ASSAULT", AZE_MIL, ARMENIA, A4),
        event("CONCEDE", PASHINYAN, None, A6),
        event("REQUEST", PESKOV, ARMENIA, A7, date="2024-02-23"),
        event("SUPPORT", PESKOV, ARMENIA, A8),
        event("PROTEST", PASHINYAN, CSTO, A9, mode="boycott", location="Minsk", location_country="BLR"),
        event("ACCUSE", PASHINYAN, RUSSIA, A10, mode="disapprove"),
        event("ACCUSE", HAYASTAN, ARMENIA, A11, mode="disapprove"),
    ],
    "quotes": [
        quote("Wir haben unsere Teilnahme an diesem Vertrag faktisch eingefroren", "Nikol Pashinyan", "direct"),
        quote("Die OVKS habe ihre Verpflichtungen gegenüber Armenien in den Jahren 2021 und 2022 nicht erfüllt",
              "Nikol Pashinyan", "indirect"),
        quote("Ein Austritt aus der Organisation stehe derzeit nicht auf der Tagesordnung, sei aber nicht "
              "ausgeschlossen", "Nikol Pashinyan", "indirect"),
        quote("Armenien habe sich in Sicherheitsfragen zu lange allein auf Russland verlassen", "Nikol Pashinyan",
              "indirect"),
        quote("Armenien bleibe ein enger Verbündeter Russlands", "Dmitry Peskov", "indirect"),
        quote("die Flucht von mehr als 100.000 Armeniern aus Bergkarabach im vergangenen Herbst nicht verhindert "
              "zu haben", "Nikol Pashinyan", "indirect"),
        quote("das Land schutzlos zurückzulassen", "Hayastan alliance", "indirect"),
    ],
    "entities": [
        entity("Armenia", "GPE", "ARM", ["Armenien", "Eriwan", "der Regierung", "das Land"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Russlands", "Moskau"]),
        entity("Collective Security Treaty Organization", "ORG", "IGO",
               ["dem von Russland geführten Militärbündnis OVKS", "Die OVKS", "das Bündnis",
                "der Organisation", "Dem Bündnis"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Regierungschef Nikol Paschinjan", "er", "Paschinjan"]),
        entity("France 24", "ORG", "FRA", ["des Senders France 24"]),
        entity("Azerbaijan", "GPE", "AZE", ["Aserbaidschans"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow", "er"]),
        entity("Minsk", "LOC", "BLR", ["Minsk"]),
        entity("Nagorno-Karabakh", "LOC", "AZE", ["Bergkarabach"]),
        entity("Hayastan alliance", "ORG", "ARM", ["Die oppositionelle Allianz Hajastan"]),
        entity("Belarus", "GPE", "BLR", ["Belarus"]),
        entity("Kazakhstan", "GPE", "KAZ", ["Kasachstan"]),
        entity("Kyrgyzstan", "GPE", "KGZ", ["Kirgistan"]),
        entity("Tajikistan", "GPE", "TJK", ["Tadschikistan"]),
    ],
}

# ---------------------------------------------------------------- hm177-en-01
F1 = ("Canadian Finance Minister Chrystia Freeland resigned from Prime Minister Justin Trudeau's cabinet on "
      "Monday, hours before she was due to present the government's fall economic statement.")
F2 = ("In a letter posted on social media, Freeland said Trudeau had asked her on Friday to give up the "
      "finance portfolio and take another role in cabinet.")
F3 = ("She accused him of chasing “expensive political tricks” when Canada needed to save its money for a "
      "possible tariff war with the United States.")
F4 = ("President-elect Donald Trump has threatened to impose 25% tariffs on all Canadian imports unless "
      "Ottawa tightens security at the border.")
F5 = "Trudeau later named Public Safety Minister Dominic LeBlanc, a close ally, as finance minister."
F6 = ("New Democratic Party leader Jagmeet Singh called on Trudeau to resign, saying the government was "
      "“consumed by infighting” while Canadians struggled.")
F7 = "He did not say whether his party would back a no-confidence motion to bring down the minority government."
F8 = ("Conservative leader Pierre Poilievre demanded an immediate election, telling reporters: “Everything "
      "is spinning out of control.”")
F9 = "Several Liberal lawmakers also urged the prime minister to step aside, according to Canadian media."
F10 = ("Trump mocked the turmoil on his Truth Social platform, calling Trudeau the “Governor of the Great "
       "State of Canada”.")
F11 = "The Canadian dollar fell to its lowest level against the U.S. dollar in more than four years."
F12 = "Freeland had led Canada's trade negotiations with Washington during Trump's first term."

EN01 = {
    "id": "hm177-en-01", "lang": "en", "url": None, "published": "2024-12-16",
    "title": "Canada's finance minister Freeland quits, deepening Trudeau's crisis",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8], [F9, F10, F11, F12]),
    "events": [
        event("RETREAT", FREELAND, None, F1, mode="resign", date="2024-12-16"),
        event("REQUEST", TRUDEAU, FREELAND, F2, mode="change", date="2024-12-13"),
        event("ACCUSE", FREELAND, TRUDEAU, F3, mode="disapprove"),
        event("THREATEN", TRUMP, CANADA, F4),
        event("REQUEST", TRUMP, CANADA, F4, mode="change"),
        event("REQUEST", SINGH, TRUDEAU, F6, mode="change"),
        event("REQUEST", POILIEVRE, TRUDEAU, F8, mode="change"),
        event("REQUEST", LIBERAL_MPS, TRUDEAU, F9, mode="change"),
        event("ACCUSE", TRUMP, TRUDEAU, F10, mode="disapprove"),
    ],
    "quotes": [
        quote("Trudeau had asked her on Friday to give up the finance portfolio and take another role in cabinet",
              "Chrystia Freeland", "indirect"),
        quote("expensive political tricks", "Chrystia Freeland", "direct"),
        quote("consumed by infighting", "Jagmeet Singh", "direct"),
        quote("the government was “consumed by infighting” while Canadians struggled", "Jagmeet Singh",
              "indirect"),
        quote("Everything is spinning out of control", "Pierre Poilievre", "direct"),
        quote("Several Liberal lawmakers also urged the prime minister to step aside", "Canadian media",
              "indirect"),
        quote("Governor of the Great State of Canada", "Donald Trump", "direct"),
    ],
    "entities": [
        entity("Chrystia Freeland", "PER", "CAN", ["Canadian Finance Minister Chrystia Freeland", "Freeland",
                                                   "she", "her", "She"]),
        entity("Justin Trudeau", "PER", "CAN", ["Prime Minister Justin Trudeau's", "Trudeau", "him",
                                                "the prime minister"]),
        entity("Canada", "GPE", "CAN", ["Canada", "Ottawa", "Canada's"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington"]),
        entity("Donald Trump", "PER", "USA", ["President-elect Donald Trump", "Trump", "Trump's"]),
        entity("Dominic LeBlanc", "PER", "CAN", ["Public Safety Minister Dominic LeBlanc", "a close ally"]),
        entity("New Democratic Party", "ORG", "CAN", ["New Democratic Party", "his party"]),
        entity("Jagmeet Singh", "PER", "CAN", ["New Democratic Party leader Jagmeet Singh", "He"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["Conservative"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Conservative leader Pierre Poilievre"]),
        entity("Liberal Party of Canada", "ORG", "CAN", ["Liberal"]),
        entity("Truth Social", "ORG", "USA", ["his Truth Social platform"]),
    ],
}

# ---------------------------------------------------------------- hm177-en-02
T1 = ("Russian President Vladimir Putin met U.S. President Donald Trump at a military base in Anchorage, "
      "Alaska, on Friday for nearly three hours of talks.")
T2 = ("Trump and Putin did not reach an agreement on a ceasefire in Ukraine, the main goal Trump had set for "
      "the meeting.")
T3 = "“There's no deal,” Trump told reporters after the talks, “until there's a deal.”"
T4 = ("Putin said Russia wanted a lasting settlement but insisted that Kyiv must first address the “root "
      "causes” of the conflict.")
T5 = "He also invited Trump to hold their next meeting in Moscow."
T6 = "Ukrainian President Volodymyr Zelensky said he would travel to Washington on Monday to meet Trump."
T7 = ("His office rejected Moscow's demand that Ukraine withdraw from the parts of the Donetsk region it "
      "still holds.")
T8 = ("European leaders, including German Chancellor Friedrich Merz and French President Emmanuel Macron, "
      "spoke with Trump by phone on Saturday.")
T9 = "Merz said afterwards that Europe was ready to increase pressure on Moscow, including through new sanctions."
T10 = ("Before the summit, Trump had threatened Russia with “very severe consequences” if Putin refused to "
       "halt the fighting.")
T11 = ("Hours before the talks, Russian drones struck residential buildings in the northeastern city of "
       "Sumy, wounding several people.")
T12 = "Kremlin spokesman Dmitry Peskov said no date had been set for another meeting."

EN02 = {
    "id": "hm177-en-02", "lang": "en", "url": None, "published": "2025-08-16",
    "title": "Trump and Putin end Alaska summit without ceasefire deal",
    "text": paragraphs([T1, T2, T3, T4, T5], [T6, T7, T8, T9], [T10, T11, T12]),
    "events": [
        event("CONSULT", PUTIN, TRUMP, T1, mode="visit", date="2025-08-15", location="Anchorage",
              location_country="USA"),
        event("AGREE", TRUMP, PUTIN, T2, date="2025-08-15", negated=True),
        event("AGREE", PUTIN, UKRAINE, T4),
        event("REQUEST", PUTIN, UKRAINE, T4, mode="change"),
        event("AGREE", PUTIN, TRUMP, T5),
        event("AGREE", ZELENSKY, TRUMP, T6),
        event("REJECT", UKR_PRES_OFFICE, RUSSIA, T7, mode="change"),
        event("REQUEST", RUSSIA, UKRAINE, T7, mode="change"),
        event("CONSULT", MERZ, TRUMP, T8, mode="phone", date="2025-08-16"),
        event("CONSULT", MACRON, TRUMP, T8, mode="phone", date="2025-08-16"),
        event("THREATEN", MERZ, RUSSIA, T9),
        event("THREATEN", TRUMP, RUSSIA, T10),
        event("ASSAULT", RUS_MIL, SUMY_RESIDENTS, T11, mode="drone", date="2025-08-15", location="Sumy",
              location_country="UKR"),
    ],
    "quotes": [
        quote("There's no deal", "Donald Trump", "direct"),
        quote("until there's a deal", "Donald Trump", "direct"),
        quote("Russia wanted a lasting settlement but insisted that Kyiv must first address the “root causes” of "
              "the conflict", "Vladimir Putin", "indirect"),
        quote("root causes", "Vladimir Putin", "direct"),
        quote("he would travel to Washington on Monday to meet Trump", "Volodymyr Zelensky", "indirect"),
        quote("that Europe was ready to increase pressure on Moscow, including through new sanctions",
              "Friedrich Merz", "indirect"),
        quote("very severe consequences", "Donald Trump", "direct"),
        quote("no date had been set for another meeting", "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Vladimir Putin", "PER", "RUS", ["Russian President Vladimir Putin", "Putin", "He"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Trump"]),
        entity("Anchorage", "LOC", "USA", ["Anchorage"]),
        entity("Alaska", "LOC", "USA", ["Alaska"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine", "Kyiv"]),
        entity("Russia", "GPE", "RUS", ["Russia", "Moscow's", "Moscow"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Ukrainian President Volodymyr Zelensky", "he"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Office of the President of Ukraine", "ORG", "UKR", ["His office"]),
        entity("Donetsk region", "LOC", "UKR", ["the Donetsk region"]),
        entity("Friedrich Merz", "PER", "DEU", ["German Chancellor Friedrich Merz", "Merz"]),
        entity("Emmanuel Macron", "PER", "FRA", ["French President Emmanuel Macron"]),
        entity("Europe", "LOC", None, ["Europe"]),
        entity("Sumy", "LOC", "UKR", ["the northeastern city of Sumy"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Kremlin", "ORG", "RUS", ["Kremlin"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
