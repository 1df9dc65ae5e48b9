"""Round 464: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm464-de-01: Greenland: the business-friendly Demokraatit win the parliamentary election; Nielsen invites all parties to coalition talks and rejects Trump's claim, Egede and Frederiksen congratulate, Broberg attacks Copenhagen, Trump's "one way or the other" threat and investment promise recalled (2025-03-12).
- hm464-de-02: Canada/United States: Trump raises tariffs on non-USMCA Canadian goods from 25 to 35 percent; the White House's fentanyl charge and Ottawa's denial, Carney's disappointment, Ford demands countermeasures, the July letter, Trump's Palestine warning, no Trump-Carney call, Mexico's 90-day reprieve after a Sheinbaum call, LeBlanc's talks and Canada's March counter-tariffs (2025-08-01).
- hm464-de-03: United States: the Marion County attorney withdraws the warrants for the police raid on the Marion County Record in Kansas and the seized equipment is returned; Ensey admits weak evidence, Cody's identity-theft charge and the paper's denial, Eric Meyer blames the raid for his mother's death, media and press-freedom groups condemn, the KBI takes over, Mayor Mayfield backs Cody (2023-08-17).
- hm464-de-04: Canada: Mark Carney visits Iqaluit and announces the purchase of an Australian over-the-horizon radar; meetings with Premier Akeeagok and Inuit leaders, Akeeagok's demand for infrastructure, Albanese welcomes the deal, Carney's Paris and London trips, rejection of Trump's 51st-state talk, no phone call with Trump yet, accusations against Russia and China (2025-03-18).
- hm464-en-01: United States: Judge Kathleen Williams orders Florida to wind down the "Alligator Alcatraz" detention center in the Everglades; the environmental groups' and Miccosukee lawsuit, their praise, DeSantis and DHS attack the judge, Trump's July tour, detainee lawyers' complaints and the state's denial, no releases (2025-08-22).
- hm464-en-02: United States: the Montana House bars transgender Rep. Zooey Zephyr from the floor after her "blood on your hands" remark; Regier's refusal to recognise her, the Freedom Caucus's censure demand, Vinton's accusation and Zephyr's denial, the gallery protest, police clearing and seven arrests, the Democrats condemn the vote (2023-04-26).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm464-de-01 (Greenland, Demokraatit win election)
NIELSEN = actor("Jens-Frederik Nielsen", "GRL", "PTY")
GRL_PARTIES = actor("Greenlandic parliamentary parties", "GRL", "PTY")
TRUMP_G = actor("Donald Trump", "USA", "GOV")
EGEDE = actor("Múte B. Egede", "GRL", "GOV")
GRL_GOV = actor("Government of Greenland", "GRL", "GOV")
GRL_PEOPLE = actor("Greenlanders", "GRL", "CVL")
BROBERG = actor("Pele Broberg", "GRL", "PTY")
DNK_GOV = actor("Government of Denmark", "DNK", "GOV")
FREDERIKSEN = actor("Mette Frederiksen", "DNK", "GOV")
DEMOKRAATIT = actor("Demokraatit", "GRL", "PTY")

G1 = ("Nuuk (dpa) - Bei der Parlamentswahl in Grönland hat die wirtschaftsliberale Partei Demokraatit überraschend "
      "die meisten Stimmen gewonnen.")
G2 = "Die bislang oppositionelle Partei kam auf 29,9 Prozent und konnte ihr Ergebnis damit mehr als verdreifachen."
G3 = ("Zweitstärkste Kraft wurde mit 24,5 Prozent die Partei Naleraq, die eine rasche Unabhängigkeit von Dänemark "
      "und engere Beziehungen zu den USA anstrebt.")
G4 = "Die regierende Inuit Ataqatigiit (IA) von Regierungschef Múte B. Egede fiel auf 21,4 Prozent zurück."
G5 = ("Demokraatit-Chef Jens-Frederik Nielsen kündigte am Mittwoch an, alle im Parlament vertretenen Parteien zu "
      "Gesprächen über eine breite Koalition einzuladen.")
G6 = ("„Wir wollen keine Amerikaner sein, wir wollen auch keine Dänen sein – wir wollen Grönländer sein“, sagte der "
      "33-Jährige vor Journalisten in Nuuk.")
G7 = ("Grönland stehe nicht zum Verkauf, und über die Zukunft der Insel entscheide allein ihre Bevölkerung, fügte er "
      "mit Blick auf US-Präsident Donald Trump hinzu.")
G8 = "Egede räumte die Niederlage ein und gratulierte Nielsen zu dessen Wahlsieg."
G9 = "Trump hatte in den vergangenen Monaten wiederholt Anspruch auf die zu Dänemark gehörende Arktisinsel erhoben."
G10 = ("Vor dem Kongress in Washington hatte er vergangene Woche gesagt, die USA würden Grönland „so oder so“ "
       "bekommen.")
G11 = ("Wenige Tage vor der Abstimmung versprach Trump den Grönländern auf seiner Plattform Truth Social "
       "Milliardeninvestitionen und Sicherheit.")
G12 = ("Naleraq-Chef Pele Broberg warf der dänischen Regierung vor, Grönland noch immer wie eine Kolonie zu "
       "behandeln.")
G13 = ("Die dänische Ministerpräsidentin Mette Frederiksen gratulierte den Wahlsiegern und sicherte zu, das Votum "
       "der Grönländer zu respektieren.")
G14 = ("Die Insel mit rund 57.000 Einwohnern verfügt seit 2009 über weitreichende Selbstverwaltung, Außen- und "
       "Verteidigungspolitik liegen jedoch weiterhin in Kopenhagen.")
G15 = "Die USA unterhalten im Nordwesten Grönlands den Militärstützpunkt Pituffik."

DE01 = {
    "id": "hm464-de-01", "lang": "de", "url": None, "published": "2025-03-12",
    "title": "Demokraatit gewinnen Wahl in Grönland",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10, G11, G12], [G13, G14, G15]),
    "events": [
        event("AGREE", NIELSEN, GRL_PARTIES, G5, date="2025-03-12"),
        event("REJECT", NIELSEN, TRUMP_G, G7),
        event("SUPPORT", EGEDE, NIELSEN, G8),
        event("THREATEN", TRUMP_G, GRL_GOV, G10, mode="territory", location="Washington",
              location_country="USA"),
        event("AGREE", TRUMP_G, GRL_PEOPLE, G11),
        event("ACCUSE", BROBERG, DNK_GOV, G12, mode="disapprove"),
        event("SUPPORT", FREDERIKSEN, DEMOKRAATIT, G13),
        event("AGREE", FREDERIKSEN, GRL_PEOPLE, G13),
    ],
    "quotes": [
        quote("Wir wollen keine Amerikaner sein, wir wollen auch keine Dänen sein – wir wollen Grönländer sein",
              "Jens-Frederik Nielsen", "direct"),
        quote("Grönland stehe nicht zum Verkauf, und über die Zukunft der Insel entscheide allein ihre Bevölkerung",
              "Jens-Frederik Nielsen", "indirect"),
        quote("so oder so", "Donald Trump", "direct"),
        quote("die USA würden Grönland „so oder so“ bekommen", "Donald Trump", "indirect"),
        quote("Grönland noch immer wie eine Kolonie zu behandeln", "Pele Broberg", "indirect"),
        quote("das Votum der Grönländer zu respektieren", "Mette Frederiksen", "indirect"),
    ],
    "entities": [
        entity("Nuuk", "LOC", "GRL", ["Nuuk"]),
        entity("Greenland", "LOC", "GRL", ["Grönland", "der Insel", "die zu Dänemark gehörende Arktisinsel",
                                          "Die Insel", "Grönlands"]),
        entity("Demokraatit", "ORG", "GRL", ["die wirtschaftsliberale Partei Demokraatit",
                                             "Die bislang oppositionelle Partei", "den Wahlsiegern"]),
        entity("Naleraq", "ORG", "GRL", ["die Partei Naleraq"]),
        entity("Denmark", "LOC", "DNK", ["Dänemark"]),
        entity("United States", "LOC", "USA", ["den USA", "die USA", "Die USA"]),
        entity("Inuit Ataqatigiit", "ORG", "GRL", ["Die regierende Inuit Ataqatigiit (IA)"]),
        entity("Múte B. Egede", "PER", "GRL", ["Regierungschef Múte B. Egede", "Egede"]),
        entity("Jens-Frederik Nielsen", "PER", "GRL", ["Demokraatit-Chef Jens-Frederik Nielsen", "der 33-Jährige",
                                                       "er", "Nielsen", "dessen"]),
        entity("Greenland parliament", "ORG", "GRL", ["im Parlament"]),
        entity("Greenlanders", "PER", "GRL", ["Grönländer", "ihre Bevölkerung", "den Grönländern",
                                              "der Grönländer"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump", "er"]),
        entity("United States Congress", "ORG", "USA", ["dem Kongress in Washington"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Truth Social", "ORG", "USA", ["seiner Plattform Truth Social"]),
        entity("Pele Broberg", "PER", "GRL", ["Naleraq-Chef Pele Broberg"]),
        entity("Government of Denmark", "ORG", "DNK", ["der dänischen Regierung", "Kopenhagen"]),
        entity("Mette Frederiksen", "PER", "DNK", ["Die dänische Ministerpräsidentin Mette Frederiksen"]),
        entity("Pituffik Space Base", "LOC", "GRL", ["den Militärstützpunkt Pituffik"]),
    ],
}

# ---------------------------------------------------------------- hm464-de-02 (Canada/US, 35 percent tariffs)
TRUMP_T = actor("Donald Trump", "USA", "GOV")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
WHITE_HOUSE = actor("White House", "USA", "GOV")
CARNEY_T = actor("Mark Carney", "CAN", "GOV")
FORD = actor("Doug Ford", "CAN", "GOV")
PALESTINE = actor("State of Palestine", "PSE", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
LEBLANC = actor("Dominic LeBlanc", "CAN", "GOV")

T1 = ("Washington/Ottawa (dpa) - US-Präsident Donald Trump hat die Zölle auf zahlreiche Waren aus Kanada von 25 auf "
      "35 Prozent erhöht.")
T2 = "Eine entsprechende Anordnung unterzeichnete er am Donnerstagabend, die höheren Abgaben gelten seit Freitag."
T3 = "Ausgenommen bleiben Produkte, die unter das nordamerikanische Freihandelsabkommen USMCA fallen."
T4 = ("Das Weiße Haus begründete den Schritt damit, dass Kanada zu wenig gegen den Schmuggel der Droge Fentanyl in "
      "die USA unternehme und mit Gegenzöllen auf US-Waren reagiert habe.")
T5 = ("Ottawa weist den Vorwurf zurück und verweist darauf, dass weniger als ein Prozent des an den US-Grenzen "
      "beschlagnahmten Fentanyls aus Kanada stamme.")
T6 = "Premierminister Mark Carney zeigte sich in einer schriftlichen Erklärung „enttäuscht“ über die Entscheidung."
T7 = ("Kanada werde weiter mit Washington verhandeln und zugleich heimische Branchen wie die Holzindustrie "
      "schützen, erklärte er.")
T8 = ("Ontarios Premier Doug Ford nannte den Schritt „zutiefst enttäuschend“ und forderte die Bundesregierung auf, "
      "mit harten Gegenmaßnahmen zu antworten.")
T9 = ("Trump hatte Kanada bereits Anfang Juli in einem Brief mit dem höheren Zollsatz gedroht, sollte bis zum "
      "1. August keine Einigung zustande kommen.")
T10 = ("Zuletzt kritisierte er zudem Carneys Ankündigung, Kanada werde im September einen palästinensischen Staat "
       "anerkennen.")
T11 = "Das werde eine Handelsvereinbarung „sehr schwer“ machen, schrieb Trump auf seiner Plattform Truth Social."
T12 = "Ein Telefonat mit Carney habe es in den vergangenen Tagen nicht gegeben, sagte Trump vor Journalisten."
T13 = ("Mexiko dagegen erhielt nach einem Telefonat zwischen Trump und Präsidentin Claudia Sheinbaum einen Aufschub "
       "von 90 Tagen.")
T14 = ("Der kanadische Minister für Handel mit den USA, Dominic LeBlanc, war in den vergangenen Wochen mehrfach zu "
       "Gesprächen nach Washington gereist.")
T15 = ("Kanada hatte im März Gegenzölle auf US-Waren im Wert von rund 30 Milliarden kanadischen Dollar verhängt, "
       "einen Teil davon aber später wieder ausgesetzt.")
T16 = "Rund drei Viertel der kanadischen Exporte gehen in die Vereinigten Staaten."

DE02 = {
    "id": "hm464-de-02", "lang": "de", "url": None, "published": "2025-08-01",
    "title": "Trump erhöht Zölle auf Waren aus Kanada auf 35 Prozent",
    "text": paragraphs([T1, T2, T3, T4, T5], [T6, T7, T8], [T9, T10, T11, T12], [T13, T14, T15, T16]),
    "events": [
        event("SANCTION", TRUMP_T, CAN_GOV, T1),
        event("SANCTION", TRUMP_T, CAN_GOV, T2, date="2025-07-31"),
        event("ACCUSE", WHITE_HOUSE, CAN_GOV, T4, mode="allege"),
        event("ACCUSE", CARNEY_T, USA_GOV, T6, mode="disapprove"),
        event("ACCUSE", FORD, USA_GOV, T8, mode="disapprove"),
        event("REQUEST", FORD, CAN_GOV, T8, mode="change"),
        event("THREATEN", TRUMP_T, CAN_GOV, T9),
        event("ACCUSE", TRUMP_T, CARNEY_T, T10, mode="disapprove"),
        event("AGREE", CARNEY_T, PALESTINE, T10),
        event("THREATEN", TRUMP_T, CAN_GOV, T11),
        event("CONSULT", TRUMP_T, CARNEY_T, T12, mode="phone", negated=True),
        event("CONSULT", TRUMP_T, SHEINBAUM, T13, mode="phone"),
        event("CONCEDE", TRUMP_T, MEX_GOV, T13),
        event("CONSULT", LEBLANC, USA_GOV, T14, mode="visit", location="Washington", location_country="USA"),
        event("SANCTION", CAN_GOV, USA_GOV, T15),
    ],
    "quotes": [
        quote("dass Kanada zu wenig gegen den Schmuggel der Droge Fentanyl in die USA unternehme und mit Gegenzöllen "
              "auf US-Waren reagiert habe", "White House", "indirect"),
        quote("dass weniger als ein Prozent des an den US-Grenzen beschlagnahmten Fentanyls aus Kanada stamme",
              "Government of Canada", "indirect"),
        quote("enttäuscht", "Mark Carney", "direct"),
        quote("Kanada werde weiter mit Washington verhandeln und zugleich heimische Branchen wie die Holzindustrie "
              "schützen", "Mark Carney", "indirect"),
        quote("zutiefst enttäuschend", "Doug Ford", "direct"),
        quote("mit harten Gegenmaßnahmen zu antworten", "Doug Ford", "indirect"),
        quote("Kanada werde im September einen palästinensischen Staat anerkennen", "Mark Carney", "indirect"),
        quote("sehr schwer", "Donald Trump", "direct"),
        quote("Das werde eine Handelsvereinbarung „sehr schwer“ machen", "Donald Trump", "indirect"),
        quote("Ein Telefonat mit Carney habe es in den vergangenen Tagen nicht gegeben", "Donald Trump", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "er", "Trump"]),
        entity("Canada", "LOC", "CAN", ["Kanada"]),
        entity("Government of Canada", "ORG", "CAN", ["Kanada", "Ottawa", "die Bundesregierung"]),
        entity("USMCA", "MISC", None, ["das nordamerikanische Freihandelsabkommen USMCA"]),
        entity("White House", "ORG", "USA", ["Das Weiße Haus"]),
        entity("United States", "LOC", "USA", ["die USA", "den USA", "die Vereinigten Staaten"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Mark Carney", "PER", "CAN", ["Premierminister Mark Carney", "er", "Carneys", "Carney"]),
        entity("Doug Ford", "PER", "CAN", ["Ontarios Premier Doug Ford"]),
        entity("Ontario", "LOC", "CAN", ["Ontarios"]),
        entity("State of Palestine", "LOC", "PSE", ["einen palästinensischen Staat"]),
        entity("Truth Social", "ORG", "USA", ["seiner Plattform Truth Social"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum"]),
        entity("Dominic LeBlanc", "PER", "CAN", ["Der kanadische Minister für Handel mit den USA, Dominic LeBlanc"]),
    ],
}

# ---------------------------------------------------------------- hm464-de-03 (US/Kansas, Marion newspaper raid)
MARION_ATTORNEY = actor("Marion County Attorney's Office", "USA", "JUD")
RECORD = actor("Marion County Record", "USA", "MED")
ENSEY = actor("Joel Ensey", "USA", "JUD")
MARION_POLICE = actor("Marion Police Department", "USA", "COP")
ERIC_MEYER = actor("Eric Meyer", "USA", "MED")
HERBEL = actor("Ruth Herbel", "USA", "GOV")
CODY = actor("Gideon Cody", "USA", "COP")
US_MEDIA = actor("US news organizations", "USA", "MED")
PRESS_NGOS = actor("press freedom organizations", "USA", "NGO")
BROWN = actor("Bruce D. Brown", "USA", "NGO")
KBI = actor("Kansas Bureau of Investigation", "USA", "COP")
MAYFIELD = actor("David Mayfield", "USA", "GOV")

K1 = ("Marion (dpa) - Nach einer landesweit kritisierten Polizeirazzia bei einer Lokalzeitung im US-Bundesstaat "
      "Kansas hat die zuständige Staatsanwaltschaft die Durchsuchungsbeschlüsse zurückgezogen.")
K2 = ("Es gebe keine ausreichenden Beweise für einen rechtlich tragfähigen Zusammenhang zwischen den mutmaßlichen "
      "Straftaten und den durchsuchten Orten, erklärte Bezirksstaatsanwalt Joel Ensey am Mittwoch.")
K3 = ("Die beschlagnahmten Computer und Mobiltelefone wurden der Zeitung noch am selben Tag zurückgegeben.")
K4 = ("Polizisten hatten am vergangenen Freitag die Redaktion des „Marion County Record“ sowie die Wohnhäuser von "
      "Herausgeber Eric Meyer und der Stadträtin Ruth Herbel durchsucht.")
K5 = "Dabei nahmen sie Computer, einen Server und die Handys mehrerer Reporter mit."
K6 = "Meyers 98 Jahre alte Mutter Joan, Mitinhaberin der Zeitung, starb einen Tag nach der Durchsuchung."
K7 = "Ihr Sohn macht die Aufregung um die Razzia für ihren Tod mitverantwortlich."
K8 = "Polizeichef Gideon Cody hatte die Durchsuchung mit dem Verdacht auf Identitätsdiebstahl begründet."
K9 = ("Eine Reporterin soll sich unerlaubt Zugang zu Führerscheindaten der Restaurantbesitzerin Kari Newell "
      "verschafft haben, die mit der Zeitung im Streit lag.")
K10 = ("Die Zeitung weist das zurück: Die Informationen seien ihr zugespielt und lediglich über eine öffentliche "
       "Datenbank überprüft worden.")
K11 = ("Mehr als 30 Medienhäuser und Pressefreiheitsorganisationen verurteilten das Vorgehen der Polizei in einem "
       "offenen Brief als Verstoß gegen die Verfassung.")
K12 = ("„Das ist ein Angriff auf die Grundlagen der Pressefreiheit“, sagte Bruce Brown, Direktor des Reporters "
       "Committee for Freedom of the Press.")
K13 = "Die Ermittlungsbehörde des Bundesstaates, das Kansas Bureau of Investigation (KBI), hat den Fall übernommen."
K14 = "Bürgermeister David Mayfield stellte sich dennoch hinter den Polizeichef."
K15 = "Cody selbst äußerte sich zunächst nicht, die Zeitung prüft nach eigenen Angaben rechtliche Schritte."

DE03 = {
    "id": "hm464-de-03", "lang": "de", "url": None, "published": "2023-08-17",
    "title": "Nach Razzia bei Lokalzeitung in Kansas: Staatsanwalt zieht Beschlüsse zurück",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7], [K8, K9, K10], [K11, K12, K13], [K14, K15]),
    "events": [
        event("RETREAT", MARION_ATTORNEY, RECORD, K1, location_country="USA"),
        event("CONCEDE", ENSEY, RECORD, K2, date="2023-08-16"),
        event("RETREAT", MARION_ATTORNEY, RECORD, K3, mode="return", date="2023-08-16"),
        event("COERCE", MARION_POLICE, RECORD, K4, mode="seize", date="2023-08-11", location="Marion",
              location_country="USA"),
        event("COERCE", MARION_POLICE, ERIC_MEYER, K4, mode="seize", date="2023-08-11", location="Marion",
              location_country="USA"),
        event("COERCE", MARION_POLICE, HERBEL, K4, mode="seize", date="2023-08-11", location="Marion",
              location_country="USA"),
        event("COERCE", MARION_POLICE, RECORD, K5, mode="seize", date="2023-08-11", location="Marion",
              location_country="USA"),
        event("ACCUSE", ERIC_MEYER, MARION_POLICE, K7, mode="allege"),
        event("ACCUSE", CODY, RECORD, K8, mode="allege"),
        event("ACCUSE", US_MEDIA, MARION_POLICE, K11, mode="disapprove"),
        event("ACCUSE", PRESS_NGOS, MARION_POLICE, K11, mode="disapprove"),
        event("ACCUSE", BROWN, MARION_POLICE, K12, mode="disapprove"),
        event("ACCUSE", KBI, RECORD, K13, mode="investigate"),
        event("SUPPORT", MAYFIELD, CODY, K14),
    ],
    "quotes": [
        quote("Es gebe keine ausreichenden Beweise für einen rechtlich tragfähigen Zusammenhang zwischen den "
              "mutmaßlichen Straftaten und den durchsuchten Orten", "Joel Ensey", "indirect"),
        quote("Die Informationen seien ihr zugespielt und lediglich über eine öffentliche Datenbank überprüft worden",
              "Marion County Record", "indirect"),
        quote("Das ist ein Angriff auf die Grundlagen der Pressefreiheit", "Bruce D. Brown", "direct"),
    ],
    "entities": [
        entity("Marion", "LOC", "USA", ["Marion"]),
        entity("Marion County Record", "ORG", "USA", ["einer Lokalzeitung", "der Zeitung",
                                                      "des „Marion County Record“", "Die Zeitung", "ihr",
                                                      "die Zeitung"]),
        entity("Kansas", "LOC", "USA", ["US-Bundesstaat Kansas"]),
        entity("Marion County Attorney's Office", "ORG", "USA", ["die zuständige Staatsanwaltschaft"]),
        entity("Joel Ensey", "PER", "USA", ["Bezirksstaatsanwalt Joel Ensey"]),
        entity("Marion Police Department", "ORG", "USA", ["Polizisten", "sie", "der Polizei"]),
        entity("Eric Meyer", "PER", "USA", ["Herausgeber Eric Meyer", "Meyers", "Ihr Sohn"]),
        entity("Ruth Herbel", "PER", "USA", ["der Stadträtin Ruth Herbel"]),
        entity("Marion County Record reporters", "PER", "USA", ["mehrerer Reporter"]),
        entity("Joan Meyer", "PER", "USA", ["Meyers 98 Jahre alte Mutter Joan", "ihren"]),
        entity("Gideon Cody", "PER", "USA", ["Polizeichef Gideon Cody", "den Polizeichef", "Cody"]),
        entity("reporter of the Marion County Record", "PER", "USA", ["Eine Reporterin"]),
        entity("Kari Newell", "PER", "USA", ["der Restaurantbesitzerin Kari Newell"]),
        entity("US news organizations", "ORG", "USA", ["Medienhäuser"]),
        entity("press freedom organizations", "ORG", "USA", ["Pressefreiheitsorganisationen"]),
        entity("Bruce D. Brown", "PER", "USA", ["Bruce Brown"]),
        entity("Reporters Committee for Freedom of the Press", "ORG", "USA",
               ["des Reporters Committee for Freedom of the Press"]),
        entity("Kansas Bureau of Investigation", "ORG", "USA",
               ["Die Ermittlungsbehörde des Bundesstaates, das Kansas Bureau of Investigation (KBI)"]),
        entity("David Mayfield", "PER", "USA", ["Bürgermeister David Mayfield"]),
    ],
}

# ---------------------------------------------------------------- hm464-de-04 (Canada, Carney in Iqaluit)
CARNEY = actor("Mark Carney", "CAN", "GOV")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")
AKEEAGOK = actor("P.J. Akeeagok", "CAN", "GOV")
INUIT_LEADERS = actor("Inuit community representatives", "CAN", "CVL")
CAN_GOV_Q = actor("Government of Canada", "CAN", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
FRA_GOV = actor("Government of France", "FRA", "GOV")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
STARMER = actor("Keir Starmer", "GBR", "GOV")
TRUMP_Q = actor("Donald Trump", "USA", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")

Q1 = ("Iqaluit (dpa) - Kanadas neuer Premierminister Mark Carney hat bei einem Besuch in der Arktis umfangreiche "
      "Investitionen in die Verteidigung des hohen Nordens angekündigt.")
Q2 = ("Kanada werde für mehr als sechs Milliarden kanadische Dollar ein Frühwarn-Radarsystem aus Australien "
      "erwerben, sagte Carney am Dienstag in Iqaluit, der Hauptstadt des Territoriums Nunavut.")
Q3 = ("Das sogenannte Over-the-Horizon-Radar soll Flugzeuge und Raketen über große Entfernungen erfassen und in die "
      "gemeinsame Luftverteidigung mit den USA (Norad) eingebunden werden.")
Q4 = ("Carney traf in Iqaluit den Regierungschef von Nunavut, P.J. Akeeagok, sowie Vertreter der "
      "Inuit-Gemeinden.")
Q5 = ("„Kanada ist eine arktische Nation, und wir werden unsere Souveränität hier verteidigen“, sagte der "
      "Premierminister.")
Q6 = ("Akeeagok begrüßte die Pläne, forderte aber auch Geld für Häfen, Straßen und Wohnungen in den abgelegenen "
      "Gemeinden.")
Q7 = ("Der australische Premierminister Anthony Albanese sprach in Canberra von einer „wichtigen Partnerschaft“ "
      "zweier enger Verbündeter.")
Q8 = ("Carney war erst am Freitag als Nachfolger von Justin Trudeau vereidigt worden und hatte anschließend Paris "
      "und London besucht.")
Q9 = ("Dort hatte er mit Präsident Emmanuel Macron und Premierminister Keir Starmer über Sicherheit und Handel "
      "gesprochen.")
Q10 = ("Die Reise in den Norden gilt auch als Signal an US-Präsident Donald Trump, der Kanada wiederholt als "
       "„51. Bundesstaat“ der USA bezeichnet hat.")
Q11 = "Carney wies dies erneut zurück: Kanada werde „niemals, in keiner Weise“ Teil der Vereinigten Staaten sein."
Q12 = "Mit Trump hat Carney seit seinem Amtsantritt noch nicht telefoniert."
Q13 = ("Der Premierminister warf zudem Russland und China vor, ihre militärischen Aktivitäten in der Arktis "
       "auszuweiten.")
Q14 = "Moskau weist solche Vorwürfe regelmäßig zurück."
Q15 = ("Kanada gibt derzeit rund 1,4 Prozent seiner Wirtschaftsleistung für Verteidigung aus und liegt damit "
       "deutlich unter dem Nato-Ziel von zwei Prozent.")

DE04 = {
    "id": "hm464-de-04", "lang": "de", "url": None, "published": "2025-03-18",
    "title": "Carney kündigt in der Arktis Radarkauf aus Australien an",
    "text": paragraphs([Q1, Q2, Q3], [Q4, Q5, Q6, Q7], [Q8, Q9, Q10, Q11, Q12], [Q13, Q14, Q15]),
    "events": [
        event("AGREE", CARNEY, AUS_GOV, Q2, date="2025-03-18", location="Iqaluit", location_country="CAN"),
        event("CONSULT", CARNEY, AKEEAGOK, Q4, mode="meet", location="Iqaluit", location_country="CAN"),
        event("CONSULT", CARNEY, INUIT_LEADERS, Q4, mode="meet", location="Iqaluit", location_country="CAN"),
        event("SUPPORT", AKEEAGOK, CARNEY, Q6),
        event("REQUEST", AKEEAGOK, CAN_GOV_Q, Q6, mode="assist"),
        event("SUPPORT", ALBANESE, CAN_GOV_Q, Q7, location="Canberra", location_country="AUS"),
        event("CONSULT", CARNEY, FRA_GOV, Q8, mode="visit", location="Paris", location_country="FRA"),
        event("CONSULT", CARNEY, GBR_GOV, Q8, mode="visit", location="London", location_country="GBR"),
        event("CONSULT", CARNEY, MACRON, Q9, mode="meet", location="Paris", location_country="FRA"),
        event("CONSULT", CARNEY, STARMER, Q9, mode="meet", location="London", location_country="GBR"),
        event("THREATEN", TRUMP_Q, CAN_GOV_Q, Q10, mode="territory"),
        event("REJECT", CARNEY, TRUMP_Q, Q11),
        event("CONSULT", CARNEY, TRUMP_Q, Q12, mode="phone", negated=True),
        event("ACCUSE", CARNEY, RUS_GOV, Q13, mode="allege"),
        event("ACCUSE", CARNEY, CHN_GOV, Q13, mode="allege"),
    ],
    "quotes": [
        quote("Kanada werde für mehr als sechs Milliarden kanadische Dollar ein Frühwarn-Radarsystem aus Australien "
              "erwerben", "Mark Carney", "indirect"),
        quote("Kanada ist eine arktische Nation, und wir werden unsere Souveränität hier verteidigen", "Mark Carney",
              "direct"),
        quote("wichtigen Partnerschaft", "Anthony Albanese", "direct"),
        quote("51. Bundesstaat", "Donald Trump", "direct"),
        quote("niemals, in keiner Weise", "Mark Carney", "direct"),
        quote("Kanada werde „niemals, in keiner Weise“ Teil der Vereinigten Staaten sein", "Mark Carney",
              "indirect"),
        quote("ihre militärischen Aktivitäten in der Arktis auszuweiten", "Mark Carney", "indirect"),
    ],
    "entities": [
        entity("Iqaluit", "LOC", "CAN", ["Iqaluit", "der Hauptstadt des Territoriums Nunavut"]),
        entity("Canada", "LOC", "CAN", ["Kanadas", "Kanada"]),
        entity("Mark Carney", "PER", "CAN", ["Kanadas neuer Premierminister Mark Carney", "Carney",
                                             "der Premierminister", "er", "Der Premierminister"]),
        entity("Arctic", "LOC", None, ["der Arktis", "des hohen Nordens", "den Norden"]),
        entity("Australia", "LOC", "AUS", ["Australien"]),
        entity("Nunavut", "LOC", "CAN", ["des Territoriums Nunavut", "Nunavut"]),
        entity("NORAD", "ORG", "IGO", ["die gemeinsame Luftverteidigung mit den USA (Norad)"]),
        entity("United States", "LOC", "USA", ["den USA", "der USA", "der Vereinigten Staaten"]),
        entity("P.J. Akeeagok", "PER", "CAN", ["den Regierungschef von Nunavut, P.J. Akeeagok", "Akeeagok"]),
        entity("Inuit community representatives", "PER", "CAN", ["Vertreter der Inuit-Gemeinden"]),
        entity("Anthony Albanese", "PER", "AUS", ["Der australische Premierminister Anthony Albanese"]),
        entity("Canberra", "LOC", "AUS", ["Canberra"]),
        entity("Justin Trudeau", "PER", "CAN", ["Justin Trudeau"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron"]),
        entity("Keir Starmer", "PER", "GBR", ["Premierminister Keir Starmer"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("NATO", "ORG", "IGO", ["Nato"]),
    ],
}

# ---------------------------------------------------------------- hm464-en-01 (US/Florida, "Alligator Alcatraz")
WILLIAMS = actor("Kathleen Williams", "USA", "JUD")
FL_GOV = actor("Government of Florida", "USA", "GOV")
FOE = actor("Friends of the Everglades", "USA", "NGO")
CBD = actor("Center for Biological Diversity", "USA", "NGO")
MICCOSUKEE = actor("Miccosukee Tribe of Indians of Florida", "USA", "CVL")
SAMPLES = actor("Eve Samples", "USA", "NGO")
CYPRESS = actor("Talbert Cypress", "USA", "CVL")
DESANTIS = actor("Ron DeSantis", "USA", "GOV")
MCLAUGHLIN = actor("Tricia McLaughlin", "USA", "GOV")
TRUMP_E = actor("Donald Trump", "USA", "GOV")
DETAINEE_LAWYERS = actor("lawyers for detainees at Alligator Alcatraz", "USA", "CVL")
DETAINEES = actor("detainees at Alligator Alcatraz", "USA", "CVL")
FDEM = actor("Florida Division of Emergency Management", "USA", "GOV")

E1 = ("MIAMI (AP) — A federal judge on Thursday ordered Florida to wind down operations at the immigration detention "
      "center in the Everglades dubbed \"Alligator Alcatraz,\" ruling that state and federal officials had skipped a "
      "required environmental review.")
E2 = ("U.S. District Judge Kathleen Williams barred the state from bringing any new detainees to the remote airstrip "
      "and gave officials 60 days to remove fencing, lighting and generators installed for the facility.")
E3 = ("Environmental groups Friends of the Everglades and the Center for Biological Diversity sued in June, arguing "
      "that the construction threatened wetlands, endangered species and the drinking water of millions of "
      "Floridians.")
E4 = "The Miccosukee Tribe, whose ancestral lands surround the site, later joined the lawsuit."
E5 = ("\"This is a landmark victory for the Everglades and for the rule of law,\" said Eve Samples, executive "
      "director of Friends of the Everglades.")
E6 = ("Miccosukee Chairman Talbert Cypress welcomed the decision and said it proved that the tribe's voice "
      "\"cannot be ignored\" in the Everglades.")
E7 = ("Gov. Ron DeSantis said the state would appeal and accused the judge of ignoring Washington's authority over "
      "immigration.")
E8 = ("Homeland Security spokeswoman Tricia McLaughlin called the ruling \"another attempt by activist judges\" to "
      "obstruct the president's agenda.")
E9 = ("President Donald Trump toured the facility with DeSantis in early July and suggested it could serve as a "
      "model for other states.")
E10 = ("Lawyers for detainees have separately accused the state of denying them confidential access to their "
       "clients, and some detainees have complained of flooded tents and spoiled food.")
E11 = "State officials have rejected those claims, saying the center meets all detention standards."
E12 = ("No detainees have been released as a result of the ruling, according to the Florida Division of Emergency "
       "Management, which runs the site.")
E13 = ("The facility was built in about a week on the grounds of the little-used Dade-Collier Training and "
       "Transition Airport, some 45 miles west of Miami.")
E14 = ("Florida officials have said the state plans to open a second detention center at a National Guard base in "
       "north Florida.")

EN01 = {
    "id": "hm464-en-01", "lang": "en", "url": None, "published": "2025-08-22",
    "title": "Judge orders Florida to wind down 'Alligator Alcatraz' immigration detention center",
    "text": paragraphs([E1, E2], [E3, E4, E5, E6], [E7, E8, E9], [E10, E11, E12], [E13, E14]),
    "events": [
        event("COERCE", WILLIAMS, FL_GOV, E1, mode="restrict", date="2025-08-21", location="Everglades",
              location_country="USA"),
        event("COERCE", WILLIAMS, FL_GOV, E2, mode="restrict"),
        event("ACCUSE", FOE, FL_GOV, E3, mode="allege"),
        event("ACCUSE", CBD, FL_GOV, E3, mode="allege"),
        event("ACCUSE", MICCOSUKEE, FL_GOV, E4, mode="allege"),
        event("SUPPORT", SAMPLES, WILLIAMS, E5),
        event("SUPPORT", CYPRESS, WILLIAMS, E6),
        event("ACCUSE", DESANTIS, WILLIAMS, E7, mode="disapprove"),
        event("ACCUSE", MCLAUGHLIN, WILLIAMS, E8, mode="disapprove"),
        event("CONSULT", TRUMP_E, DESANTIS, E9, mode="visit", location="Everglades", location_country="USA"),
        event("ACCUSE", DETAINEE_LAWYERS, FL_GOV, E10, mode="allege"),
        event("ACCUSE", DETAINEES, FL_GOV, E10, mode="allege"),
        event("RETREAT", FDEM, DETAINEES, E12, mode="release", negated=True),
    ],
    "quotes": [
        quote("Alligator Alcatraz", "Government of Florida", "direct"),
        quote("the construction threatened wetlands, endangered species and the drinking water of millions of "
              "Floridians", "Friends of the Everglades", "indirect"),
        quote("This is a landmark victory for the Everglades and for the rule of law", "Eve Samples", "direct"),
        quote("cannot be ignored", "Talbert Cypress", "direct"),
        quote("it proved that the tribe's voice \"cannot be ignored\" in the Everglades", "Talbert Cypress",
              "indirect"),
        quote("the state would appeal", "Ron DeSantis", "indirect"),
        quote("another attempt by activist judges", "Tricia McLaughlin", "direct"),
        quote("the center meets all detention standards", "Government of Florida", "indirect"),
        quote("No detainees have been released as a result of the ruling", "Florida Division of Emergency Management",
              "indirect"),
        quote("the state plans to open a second detention center at a National Guard base in north Florida",
              "Government of Florida", "indirect"),
    ],
    "entities": [
        entity("Miami", "LOC", "USA", ["MIAMI", "Miami"]),
        entity("Kathleen Williams", "PER", "USA", ["A federal judge", "U.S. District Judge Kathleen Williams",
                                                   "the judge"]),
        entity("Government of Florida", "ORG", "USA", ["Florida", "the state", "State officials",
                                                       "Florida officials"]),
        entity("Alligator Alcatraz", "LOC", "USA", ["the immigration detention center in the Everglades dubbed "
                                                    "\"Alligator Alcatraz,\"", "the remote airstrip", "the facility",
                                                    "the site", "the center", "The facility"]),
        entity("Everglades", "LOC", "USA", ["the Everglades"]),
        entity("Friends of the Everglades", "ORG", "USA", ["Friends of the Everglades"]),
        entity("Center for Biological Diversity", "ORG", "USA", ["the Center for Biological Diversity"]),
        entity("Miccosukee Tribe of Indians of Florida", "ORG", "USA", ["The Miccosukee Tribe", "the tribe's"]),
        entity("Eve Samples", "PER", "USA", ["Eve Samples, executive director of Friends of the Everglades"]),
        entity("Talbert Cypress", "PER", "USA", ["Miccosukee Chairman Talbert Cypress"]),
        entity("Ron DeSantis", "PER", "USA", ["Gov. Ron DeSantis", "DeSantis"]),
        entity("Government of the United States", "ORG", "USA", ["Washington's"]),
        entity("United States Department of Homeland Security", "ORG", "USA", ["Homeland Security"]),
        entity("Tricia McLaughlin", "PER", "USA", ["Homeland Security spokeswoman Tricia McLaughlin"]),
        entity("Donald Trump", "PER", "USA", ["the president's", "President Donald Trump"]),
        entity("lawyers for detainees at Alligator Alcatraz", "PER", "USA", ["Lawyers for detainees"]),
        entity("detainees at Alligator Alcatraz", "PER", "USA", ["any new detainees", "some detainees",
                                                                 "No detainees", "their clients"]),
        entity("Florida Division of Emergency Management", "ORG", "USA",
               ["the Florida Division of Emergency Management"]),
        entity("Dade-Collier Training and Transition Airport", "LOC", "USA",
               ["the little-used Dade-Collier Training and Transition Airport"]),
        entity("Florida National Guard", "ORG", "USA", ["a National Guard base in north Florida"]),
    ],
}

# ---------------------------------------------------------------- hm464-en-02 (US/Montana, Zephyr barred)
MT_HOUSE = actor("Montana House of Representatives", "USA", "LEG")
ZEPHYR = actor("Zooey Zephyr", "USA", "LEG")
MT_REPUBLICANS = actor("Montana House Republicans", "USA", "LEG")
REGIER = actor("Matt Regier", "USA", "LEG")
FREEDOM_CAUCUS = actor("Montana Freedom Caucus", "USA", "LEG")
VINTON = actor("Sue Vinton", "USA", "LEG")
ZEPHYR_SUPPORTERS = actor("supporters of Zooey Zephyr", "USA", "CVL")
MT_POLICE = actor("Montana law enforcement officers", "USA", "COP")
MT_DEMOCRATS = actor("Montana Democratic Party", "USA", "PTY")

Z1 = ("HELENA, Mont. (AP) — Montana's Republican-controlled House voted Wednesday to bar transgender Rep. Zooey "
      "Zephyr from the House floor for the rest of the session, a week after she told colleagues who backed a ban on "
      "gender-affirming care for minors that they would have \"blood on your hands.\"")
Z2 = ("The 68-32 vote, largely along party lines, means Zephyr can still vote remotely but may not speak in the "
      "chamber before lawmakers adjourn in early May.")
Z3 = ("Zephyr, a Democrat from Missoula, called the decision \"an attack on democracy\" and said Republicans were "
      "trying to silence the people who elected her.")
Z4 = ("\"If you are going to silence me, you are silencing the 11,000 Montanans I represent,\" she told lawmakers "
      "before the vote.")
Z5 = ("House Speaker Matt Regier has refused to let Zephyr speak on the floor since her remarks, saying she had "
      "broken the chamber's rules of decorum.")
Z6 = "The conservative Montana Freedom Caucus had demanded that she be censured."
Z7 = ("Republican Majority Leader Sue Vinton accused Zephyr of encouraging the protesters who disrupted the House "
      "on Monday.")
Z8 = "Zephyr denied that she had called for the disruption."
Z9 = ("On Monday, dozens of supporters chanting \"Let her speak!\" filled the gallery and halted proceedings after "
      "Regier again refused to recognize Zephyr.")
Z10 = ("Law enforcement officers in riot gear cleared the gallery and arrested seven people on trespassing "
       "charges.")
Z11 = "Zephyr held up her microphone in solidarity with the protesters as they were led away."
Z12 = "The Montana Democratic Party called the vote \"a shameful day for Montana.\""
Z13 = "Zephyr said she was weighing legal action against the decision."
Z14 = ("Republican-led legislatures in several states have passed restrictions on health care for transgender "
       "minors this year.")
Z15 = "Montana's ban is awaiting the signature of Republican Gov. Greg Gianforte, who has said he supports it."

EN02 = {
    "id": "hm464-en-02", "lang": "en", "url": None, "published": "2023-04-26",
    "title": "Montana House bars transgender lawmaker Zooey Zephyr from the floor",
    "text": paragraphs([Z1, Z2, Z3, Z4], [Z5, Z6, Z7, Z8], [Z9, Z10, Z11], [Z12, Z13, Z14, Z15]),
    "events": [
        event("COERCE", MT_HOUSE, ZEPHYR, Z1, mode="restrict", date="2023-04-26", location="Helena",
              location_country="USA"),
        event("ACCUSE", ZEPHYR, MT_REPUBLICANS, Z1, mode="disapprove"),
        event("ACCUSE", ZEPHYR, MT_HOUSE, Z3, mode="disapprove"),
        event("ACCUSE", ZEPHYR, MT_REPUBLICANS, Z3, mode="allege"),
        event("REJECT", REGIER, ZEPHYR, Z5),
        event("ACCUSE", REGIER, ZEPHYR, Z5, mode="allege"),
        event("REQUEST", FREEDOM_CAUCUS, MT_HOUSE, Z6),
        event("ACCUSE", VINTON, ZEPHYR, Z7, mode="allege"),
        event("PROTEST", ZEPHYR_SUPPORTERS, MT_HOUSE, Z9, mode="demo", date="2023-04-24", location="Helena",
              location_country="USA"),
        event("REJECT", REGIER, ZEPHYR, Z9, date="2023-04-24"),
        event("COERCE", MT_POLICE, ZEPHYR_SUPPORTERS, Z10, mode="crowd-control", date="2023-04-24",
              location="Helena", location_country="USA"),
        event("COERCE", MT_POLICE, ZEPHYR_SUPPORTERS, Z10, mode="arrest", date="2023-04-24", location="Helena",
              location_country="USA"),
        event("SUPPORT", ZEPHYR, ZEPHYR_SUPPORTERS, Z11, date="2023-04-24"),
        event("ACCUSE", MT_DEMOCRATS, MT_HOUSE, Z12, mode="disapprove"),
    ],
    "quotes": [
        quote("blood on your hands", "Zooey Zephyr", "direct"),
        quote("they would have \"blood on your hands.\"", "Zooey Zephyr", "indirect"),
        quote("an attack on democracy", "Zooey Zephyr", "direct"),
        quote("Republicans were trying to silence the people who elected her", "Zooey Zephyr", "indirect"),
        quote("If you are going to silence me, you are silencing the 11,000 Montanans I represent", "Zooey Zephyr",
              "direct"),
        quote("she had broken the chamber's rules of decorum", "Matt Regier", "indirect"),
        quote("that she be censured", "Montana Freedom Caucus", "indirect"),
        quote("that she had called for the disruption", "Zooey Zephyr", "indirect"),
        quote("Let her speak!", "supporters of Zooey Zephyr", "direct"),
        quote("a shameful day for Montana", "Montana Democratic Party", "direct"),
        quote("she was weighing legal action against the decision", "Zooey Zephyr", "indirect"),
        quote("he supports it", "Greg Gianforte", "indirect"),
    ],
    "entities": [
        entity("Helena", "LOC", "USA", ["HELENA, Mont."]),
        entity("Montana House of Representatives", "ORG", "USA", ["Montana's Republican-controlled House",
                                                                   "the House floor", "the chamber",
                                                                   "the House", "the chamber's"]),
        entity("Zooey Zephyr", "PER", "USA", ["transgender Rep. Zooey Zephyr", "she", "Zephyr",
                                              "a Democrat from Missoula", "her", "me"]),
        entity("Montana House Republicans", "ORG", "USA", ["colleagues who backed a ban on gender-affirming care "
                                                           "for minors", "Republicans"]),
        entity("Missoula", "LOC", "USA", ["Missoula"]),
        entity("Zephyr's constituents", "PER", "USA", ["the people who elected her",
                                                       "the 11,000 Montanans I represent"]),
        entity("Matt Regier", "PER", "USA", ["House Speaker Matt Regier", "Regier"]),
        entity("Montana Freedom Caucus", "ORG", "USA", ["The conservative Montana Freedom Caucus"]),
        entity("Sue Vinton", "PER", "USA", ["Republican Majority Leader Sue Vinton"]),
        entity("supporters of Zooey Zephyr", "PER", "USA", ["the protesters", "dozens of supporters",
                                                            "seven people", "they"]),
        entity("Montana law enforcement officers", "ORG", "USA", ["Law enforcement officers in riot gear"]),
        entity("Montana Democratic Party", "ORG", "USA", ["The Montana Democratic Party"]),
        entity("Montana", "LOC", "USA", ["Montana", "Montana's"]),
        entity("Greg Gianforte", "PER", "USA", ["Republican Gov. Greg Gianforte", "he"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
