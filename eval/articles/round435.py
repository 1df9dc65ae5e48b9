"""Round 435: six invented wire-style articles (4 German, 2 English), written blind.

Stories:
- hm435-de-01: United States: Trump tours the Federal Reserve's renovation site with Jerome Powell, accuses the Fed over costs and presses for rate cuts; Powell disputes the figure, Vought and Pulte attack, Warren accuses Trump (2025-07-25).
- hm435-de-02: Jamaica: Hurricane Melissa makes landfall as a Category 5 storm; the island declared a disaster area, troops deployed, Holness appeals for help, US aid teams, British and Caricom pledges, police warn looters without arrests, Golding backs the government (2025-10-29).
- hm435-de-03: Mexico: Attorney General Alejandro Gertz Manero resigns and is to become an ambassador; Sheinbaum denies pressure, PAN and Anaya accuse the government, Moreno demands accountability, relatives of the disappeared and rights groups accuse the FGR (2025-11-28).
- hm435-de-04: Panama: about 100 migrants deported from the US moved from the Decapolis hotel to a Darién camp after refusing return; IOM and UNHCR aid, HRW accuses Panama, the ombudsman's demand refused, Costa Rica agrees to take deportees, Trump's canal threat (2025-02-19).
- hm435-en-01: Canada/United States: Carney announces the removal of most counter-tariffs on CUSMA goods from Sept. 1 but keeps steel, aluminum and auto duties; phone call with Trump, White House welcomes it, LeBlanc to meet Lutnick, Poilievre and Unifor object (2025-08-22).
- hm435-en-02: United States/Haiti: US prosecutors charge gang leader Jimmy Cherizier and Bazile Richardson with sanctions violations, $5 million reward; Richardson arrested in Texas, Bondi warns financiers, Cherizier accuses Washington and threatens police, Fils-Aimé welcomes it (2025-08-14).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm435-de-01 (USA, Trump visits the Fed)
TRUMP = actor("Donald Trump", "USA", "GOV")
POWELL = actor("Jerome Powell", "USA", "GOV")
FED = actor("Federal Reserve", "USA", "GOV")
VOUGHT = actor("Russell Vought", "USA", "GOV")
PULTE = actor("Bill Pulte", "USA", "GOV")
US_CONGRESS = actor("United States Congress", "USA", "LEG")
WARREN = actor("Elizabeth Warren", "USA", "LEG")

F1 = ("Washington (dpa) - US-Präsident Donald Trump hat bei einem ungewöhnlichen Besuch in der Zentralbank Federal "
      "Reserve seinen Druck auf deren Chef Jerome Powell verstärkt.")
F2 = ("Trump ließ sich am Donnerstag gemeinsam mit Powell über die Baustelle am Hauptsitz der Notenbank in Washington "
      "führen, deren Renovierung seit Monaten für Streit sorgt.")
F3 = "Es war der erste Besuch eines amtierenden Präsidenten bei der Fed seit fast zwei Jahrzehnten."
F4 = ("Vor laufenden Kameras warf Trump der Notenbank vor, die Kosten für den Umbau seien auf 3,1 Milliarden Dollar "
      "gestiegen.")
F5 = ("Powell schüttelte den Kopf und widersprach: Die Summe schließe die Renovierung eines weiteren Gebäudes ein, die "
      "bereits vor fünf Jahren abgeschlossen worden sei.")
F6 = "„Ich würde es lieben, wenn er die Zinsen senkt“, sagte Trump anschließend."
F7 = ("Auf die Frage, ob er Powell entlassen wolle, sagte der Präsident, dies sei ein „großer Schritt“ und derzeit "
      "nicht nötig.")
F8 = ("Trump hatte Powell in den vergangenen Monaten immer wieder als „Dummkopf“ beschimpft und ihm vorgeworfen, die "
      "Zinsen aus politischen Gründen zu hoch zu halten.")
F9 = ("Der Chef der Haushaltsbehörde OMB, Russell Vought, hatte der Fed in einem Brief eine „protzige“ Sanierung "
      "vorgeworfen.")
F10 = ("Der Direktor der Bundesbehörde für Wohnungsfinanzierung, Bill Pulte, warf Powell vor, den Senat über das "
       "Projekt getäuscht zu haben, und forderte den Kongress zu Ermittlungen auf.")
F11 = ("Powell hatte im Juni vor dem Senat ausgesagt, in dem Gebäude würden weder VIP-Speisesäle noch neue "
       "Wasserspiele gebaut.")
F12 = ("Die Fed ist politisch unabhängig, ihr Vorsitzender kann nach gängiger Rechtsauffassung nur aus wichtigem Grund "
       "abgesetzt werden.")
F13 = "Powells Amtszeit an der Spitze der Notenbank endet im Mai 2026."
F14 = ("Der republikanische Senator Tim Scott, der Trump begleitete, sagte, er hoffe, dass die Arbeiten bald "
       "abgeschlossen würden.")
F15 = ("Die demokratische Senatorin Elizabeth Warren warf Trump vor, einen Sündenbock für seine verfehlte "
       "Wirtschaftspolitik zu suchen.")
F16 = "Der Zinsausschuss der Fed berät in der kommenden Woche über den Leitzins."
F17 = ("An den Finanzmärkten wird erwartet, dass die Notenbank die Zinsen trotz des Drucks aus dem Weißen Haus vorerst "
       "nicht antastet.")

DE01 = {
    "id": "hm435-de-01", "lang": "de", "url": None, "published": "2025-07-25",
    "title": "Trump besucht Notenbank und erhöht Druck auf Powell",
    "text": paragraphs([F1, F2, F3, F4, F5, F6, F7], [F8, F9, F10], [F11, F12, F13], [F14, F15, F16, F17]),
    "events": [
        event("CONSULT", TRUMP, POWELL, F1, mode="visit", location="Washington", location_country="USA"),
        event("CONSULT", TRUMP, POWELL, F2, mode="visit", date="2025-07-24", location="Washington",
              location_country="USA"),
        event("ACCUSE", TRUMP, FED, F4, mode="allege", date="2025-07-24"),
        event("REQUEST", TRUMP, POWELL, F6, mode="change", date="2025-07-24"),
        event("ACCUSE", TRUMP, POWELL, F8, mode="disapprove"),
        event("ACCUSE", VOUGHT, FED, F9, mode="disapprove"),
        event("ACCUSE", PULTE, POWELL, F10, mode="allege"),
        event("REQUEST", PULTE, US_CONGRESS, F10),
        event("ACCUSE", WARREN, TRUMP, F15, mode="disapprove"),
    ],
    "quotes": [
        quote("die Kosten für den Umbau seien auf 3,1 Milliarden Dollar gestiegen", "Donald Trump", "indirect"),
        quote("Die Summe schließe die Renovierung eines weiteren Gebäudes ein, die bereits vor fünf Jahren "
              "abgeschlossen worden sei", "Jerome Powell", "indirect"),
        quote("Ich würde es lieben, wenn er die Zinsen senkt", "Donald Trump", "direct"),
        quote("großer Schritt", "Donald Trump", "direct"),
        quote("dies sei ein „großer Schritt“ und derzeit nicht nötig", "Donald Trump", "indirect"),
        quote("Dummkopf", "Donald Trump", "direct"),
        quote("die Zinsen aus politischen Gründen zu hoch zu halten", "Donald Trump", "indirect"),
        quote("protzige", "Russell Vought", "direct"),
        quote("den Senat über das Projekt getäuscht zu haben", "Bill Pulte", "indirect"),
        quote("in dem Gebäude würden weder VIP-Speisesäle noch neue Wasserspiele gebaut", "Jerome Powell",
              "indirect"),
        quote("er hoffe, dass die Arbeiten bald abgeschlossen würden", "Tim Scott", "indirect"),
        quote("einen Sündenbock für seine verfehlte Wirtschaftspolitik zu suchen", "Elizabeth Warren", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump", "er", "der Präsident"]),
        entity("Federal Reserve", "ORG", "USA", ["der Zentralbank Federal Reserve", "der Notenbank", "der Fed",
                                                 "Die Fed", "die Notenbank"]),
        entity("Jerome Powell", "PER", "USA", ["deren Chef Jerome Powell", "Powell", "er", "ihm", "Powells"]),
        entity("Office of Management and Budget", "ORG", "USA", ["der Haushaltsbehörde OMB"]),
        entity("Russell Vought", "PER", "USA", ["Der Chef der Haushaltsbehörde OMB, Russell Vought"]),
        entity("Federal Housing Finance Agency", "ORG", "USA", ["der Bundesbehörde für Wohnungsfinanzierung"]),
        entity("Bill Pulte", "PER", "USA", ["Der Direktor der Bundesbehörde für Wohnungsfinanzierung, Bill Pulte"]),
        entity("United States Senate", "ORG", "USA", ["den Senat", "dem Senat"]),
        entity("United States Congress", "ORG", "USA", ["den Kongress"]),
        entity("Tim Scott", "PER", "USA", ["Der republikanische Senator Tim Scott", "er"]),
        entity("Elizabeth Warren", "PER", "USA", ["Die demokratische Senatorin Elizabeth Warren"]),
        entity("Federal Open Market Committee", "ORG", "USA", ["Der Zinsausschuss der Fed"]),
        entity("White House", "ORG", "USA", ["dem Weißen Haus"]),
    ],
}

# ---------------------------------------------------------------- hm435-de-02 (Jamaica, Hurricane Melissa)
JAM_GOV = actor("Government of Jamaica", "JAM", "GOV")
HOLNESS = actor("Andrew Holness", "JAM", "GOV")
JDF = actor("Jamaica Defence Force", "JAM", "MIL")
USA_GOV = actor("Government of the United States", "USA", "GOV")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
CARICOM = actor("Caribbean Community", "IGO", "IGO")
BLAKE = actor("Kevin Blake", "JAM", "COP")
JCF = actor("Jamaica Constabulary Force", "JAM", "COP")
LOOTERS = actor("looters in Jamaica", "JAM", "CVL")
GOLDING = actor("Mark Golding", "JAM", "OPP")

J1 = ("Kingston (dpa) - Nach dem verheerenden Durchzug von Hurrikan „Melissa“ hat die Regierung Jamaikas die gesamte "
      "Karibikinsel zum Katastrophengebiet erklärt.")
J2 = ("Der Sturm war am Dienstag als Hurrikan der höchsten Kategorie 5 mit Windgeschwindigkeiten von fast 300 "
      "Kilometern pro Stunde nahe dem Ort New Hope im Südwesten des Landes auf Land getroffen.")
J3 = ("Nach Angaben der Behörden kamen auf der Insel mindestens vier Menschen ums Leben, Hunderttausende Haushalte "
      "waren ohne Strom.")
J4 = "Premierminister Andrew Holness sprach von Zerstörungen „in einem Ausmaß, wie wir es noch nie erlebt haben“."
J5 = ("Besonders schwer getroffen wurde die Kleinstadt Black River im Bezirk St. Elizabeth, wo kaum ein Dach "
      "unbeschädigt blieb.")
J6 = "Die Streitkräfte schickten Soldaten und schweres Räumgerät in die verwüsteten Gebiete im Westen der Insel."
J7 = "Holness bat die internationale Gemeinschaft um Hilfe beim Wiederaufbau."
J8 = ("Die USA entsandten Katastrophenhelfer sowie Such- und Rettungsteams nach Jamaika, wie Außenminister Marco "
      "Rubio mitteilte.")
J9 = "Großbritannien sagte 2,5 Millionen Pfund (rund 2,9 Millionen Euro) Soforthilfe zu."
J10 = "Auch die Karibische Gemeinschaft Caricom bot Unterstützung an."
J11 = "Polizeichef Kevin Blake warnte Plünderer vor harten Strafen."
J12 = "In Kingston und Montego Bay waren zuvor mehrere Geschäfte aufgebrochen worden."
J13 = "Zu Festnahmen kam es bislang nicht."
J14 = ("Oppositionsführer Mark Golding von der People's National Party sicherte der Regierung die Unterstützung "
       "seiner Partei bei der Bewältigung der Krise zu.")
J15 = "Auch in Kuba und Haiti richtete „Melissa“ schwere Schäden an."
J16 = "In Haiti kamen nach Angaben des Zivilschutzes mindestens 20 Menschen in den Fluten ums Leben."
J17 = "Der Wirbelsturm zog am Mittwoch in Richtung der Bahamas weiter."

DE02 = {
    "id": "hm435-de-02", "lang": "de", "url": None, "published": "2025-10-29",
    "title": "Hurrikan „Melissa“ verwüstet Jamaika",
    "text": paragraphs([J1, J2, J3, J4, J5], [J6, J7, J8, J9, J10], [J11, J12, J13, J14], [J15, J16, J17]),
    "events": [
        event("MOBILIZE", JDF, None, J6, mode="troops", location_country="JAM"),
        event("REQUEST", HOLNESS, None, J7, mode="assist"),
        event("AID", USA_GOV, JAM_GOV, J8, location_country="JAM"),
        event("AGREE", GBR_GOV, JAM_GOV, J9),
        event("AGREE", CARICOM, JAM_GOV, J10),
        event("THREATEN", BLAKE, LOOTERS, J11),
        event("COERCE", JCF, LOOTERS, J13, mode="arrest", location_country="JAM", negated=True),
        event("AGREE", GOLDING, JAM_GOV, J14),
    ],
    "quotes": [
        quote("Nach Angaben der Behörden kamen auf der Insel mindestens vier Menschen ums Leben, Hunderttausende "
              "Haushalte waren ohne Strom", "Jamaican authorities", "indirect"),
        quote("in einem Ausmaß, wie wir es noch nie erlebt haben", "Andrew Holness", "direct"),
        quote("Die USA entsandten Katastrophenhelfer sowie Such- und Rettungsteams nach Jamaika", "Marco Rubio",
              "indirect"),
        quote("In Haiti kamen nach Angaben des Zivilschutzes mindestens 20 Menschen in den Fluten ums Leben",
              "Civil Protection General Directorate of Haiti", "indirect"),
    ],
    "entities": [
        entity("Kingston", "LOC", "JAM", ["Kingston"]),
        entity("Hurricane Melissa", "MISC", "JAM", ["Hurrikan „Melissa“", "Der Sturm", "Melissa", "Der Wirbelsturm"]),
        entity("Government of Jamaica", "ORG", "JAM", ["die Regierung Jamaikas", "der Regierung"]),
        entity("Jamaica", "LOC", "JAM", ["Jamaikas", "die gesamte Karibikinsel", "des Landes", "der Insel",
                                         "Jamaika"]),
        entity("New Hope", "LOC", "JAM", ["dem Ort New Hope"]),
        entity("Jamaican authorities", "ORG", "JAM", ["der Behörden"]),
        entity("Andrew Holness", "PER", "JAM", ["Premierminister Andrew Holness", "Holness"]),
        entity("Black River", "LOC", "JAM", ["die Kleinstadt Black River"]),
        entity("St. Elizabeth", "LOC", "JAM", ["Bezirk St. Elizabeth"]),
        entity("Jamaica Defence Force", "ORG", "JAM", ["Die Streitkräfte", "Soldaten"]),
        entity("Government of the United States", "ORG", "USA", ["Die USA"]),
        entity("Marco Rubio", "PER", "USA", ["Außenminister Marco Rubio"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["Großbritannien"]),
        entity("Caribbean Community", "ORG", "IGO", ["die Karibische Gemeinschaft Caricom"]),
        entity("Kevin Blake", "PER", "JAM", ["Polizeichef Kevin Blake"]),
        entity("looters in Jamaica", "PER", "JAM", ["Plünderer"]),
        entity("Montego Bay", "LOC", "JAM", ["Montego Bay"]),
        entity("Mark Golding", "PER", "JAM", ["Oppositionsführer Mark Golding"]),
        entity("People's National Party", "ORG", "JAM", ["der People's National Party", "seiner Partei"]),
        entity("Cuba", "LOC", "CUB", ["Kuba"]),
        entity("Haiti", "LOC", "HTI", ["Haiti"]),
        entity("Civil Protection General Directorate of Haiti", "ORG", "HTI", ["des Zivilschutzes"]),
        entity("Bahamas", "LOC", "BHS", ["der Bahamas"]),
    ],
}

# ---------------------------------------------------------------- hm435-de-03 (Mexico, Gertz resigns)
GERTZ = actor("Alejandro Gertz Manero", "MEX", "JUD")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
PAN = actor("National Action Party", "MEX", "PTY")
ANAYA = actor("Ricardo Anaya", "MEX", "LEG")
ALITO = actor("Alejandro Moreno", "MEX", "PTY")
FGR = actor("Attorney General's Office of Mexico", "MEX", "JUD")
RELATIVES = actor("relatives of the disappeared", "MEX", "CVL")
MEX_NGOS = actor("Mexican human rights groups", "MEX", "NGO")
NAVY_OFFICERS = actor("Mexican Navy officers", "MEX", "MIL")

G1 = ("Mexiko-Stadt (dpa) - Mexikos Generalstaatsanwalt Alejandro Gertz Manero ist nach mehr als sechs Jahren im Amt "
      "zurückgetreten.")
G2 = "Der 86-Jährige reichte am Donnerstag sein Rücktrittsgesuch beim Senat ein."
G3 = ("Darin schrieb er, die Präsidentin habe ihm einen Posten als Botschafter in einem „befreundeten Land“ "
      "angeboten.")
G4 = "Präsidentin Claudia Sheinbaum bestätigte am Freitag, dass sie Gertz für das Amt vorschlagen werde."
G5 = ("Bis zur Wahl eines Nachfolgers durch den Senat leitet ihre bisherige Rechtsberaterin Ernestina Godoy die "
      "Behörde kommissarisch.")
G6 = "Sheinbaum bestritt, Druck auf Gertz ausgeübt zu haben."
G7 = "„Es war eine Entscheidung, die wir gemeinsam getroffen haben“, sagte sie bei ihrer morgendlichen Pressekonferenz."
G8 = ("Die oppositionelle PAN warf der Regierung dagegen vor, die Unabhängigkeit der Generalstaatsanwaltschaft zu "
      "untergraben.")
G9 = "Der Fraktionschef der Partei im Senat, Ricardo Anaya, sprach von einem „erzwungenen Abgang“."
G10 = ("PRI-Chef Alejandro Moreno verlangte, Gertz müsse vor dem Senat über den Stand der wichtigsten Ermittlungen "
       "Rechenschaft ablegen.")
G11 = "Gertz stand seit Langem in der Kritik."
G12 = ("Angehörige von Verschwundenen und Menschenrechtsgruppen warfen seiner Behörde vor, bei der Aufklärung von "
       "Verbrechen wie auf der Ranch Izaguirre in Teuchitlán im Bundesstaat Jalisco versagt zu haben.")
G13 = ("Im September hatte die Generalstaatsanwaltschaft mehrere Marineoffiziere festnehmen lassen, die in einen groß "
       "angelegten Treibstoffschmuggel verwickelt sein sollen.")
G14 = ("Gertz war 2019 auf Vorschlag von Sheinbaums Vorgänger Andrés Manuel López Obrador für eine Amtszeit von neun "
       "Jahren gewählt worden.")
G15 = ("Die Zeitung „El Universal“ berichtete unter Berufung auf Regierungskreise, Gertz solle Botschafter in "
       "Deutschland werden.")
G16 = "Das Außenministerium äußerte sich dazu zunächst nicht."

DE03 = {
    "id": "hm435-de-03", "lang": "de", "url": None, "published": "2025-11-28",
    "title": "Mexikos Generalstaatsanwalt Gertz tritt zurück",
    "text": paragraphs([G1, G2, G3, G4, G5], [G6, G7, G8, G9, G10], [G11, G12, G13, G14], [G15, G16]),
    "events": [
        event("RETREAT", GERTZ, None, G1, mode="resign"),
        event("RETREAT", GERTZ, None, G2, mode="resign", date="2025-11-27"),
        event("AGREE", SHEINBAUM, GERTZ, G3),
        event("AGREE", SHEINBAUM, GERTZ, G4, date="2025-11-28"),
        event("ACCUSE", PAN, MEX_GOV, G8, mode="disapprove"),
        event("ACCUSE", ANAYA, MEX_GOV, G9, mode="disapprove"),
        event("REQUEST", ALITO, GERTZ, G10),
        event("ACCUSE", RELATIVES, FGR, G12, mode="disapprove"),
        event("ACCUSE", MEX_NGOS, FGR, G12, mode="disapprove"),
        event("COERCE", FGR, NAVY_OFFICERS, G13, mode="arrest"),
    ],
    "quotes": [
        quote("befreundeten Land", "Alejandro Gertz Manero", "direct"),
        quote("die Präsidentin habe ihm einen Posten als Botschafter in einem „befreundeten Land“ angeboten",
              "Alejandro Gertz Manero", "indirect"),
        quote("dass sie Gertz für das Amt vorschlagen werde", "Claudia Sheinbaum", "indirect"),
        quote("Druck auf Gertz ausgeübt zu haben", "Claudia Sheinbaum", "indirect"),
        quote("Es war eine Entscheidung, die wir gemeinsam getroffen haben", "Claudia Sheinbaum", "direct"),
        quote("die Unabhängigkeit der Generalstaatsanwaltschaft zu untergraben", "National Action Party",
              "indirect"),
        quote("erzwungenen Abgang", "Ricardo Anaya", "direct"),
        quote("Gertz müsse vor dem Senat über den Stand der wichtigsten Ermittlungen Rechenschaft ablegen",
              "Alejandro Moreno", "indirect"),
        quote("bei der Aufklärung von Verbrechen wie auf der Ranch Izaguirre in Teuchitlán im Bundesstaat Jalisco "
              "versagt zu haben", "relatives of the disappeared", "indirect"),
        quote("Gertz solle Botschafter in Deutschland werden", "El Universal", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Mexico", "LOC", "MEX", ["Mexikos"]),
        entity("Alejandro Gertz Manero", "PER", "MEX", ["Mexikos Generalstaatsanwalt Alejandro Gertz Manero",
                                                        "Der 86-Jährige", "er", "ihm", "Gertz"]),
        entity("Senate of Mexico", "ORG", "MEX", ["beim Senat", "den Senat", "im Senat", "dem Senat"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["die Präsidentin", "Präsidentin Claudia Sheinbaum", "sie",
                                                   "Sheinbaum", "Sheinbaums"]),
        entity("Ernestina Godoy", "PER", "MEX", ["ihre bisherige Rechtsberaterin Ernestina Godoy"]),
        entity("Attorney General's Office of Mexico", "ORG", "MEX", ["die Behörde", "der Generalstaatsanwaltschaft",
                                                                     "seiner Behörde",
                                                                     "die Generalstaatsanwaltschaft"]),
        entity("Government of Mexico", "ORG", "MEX", ["der Regierung"]),
        entity("National Action Party", "ORG", "MEX", ["Die oppositionelle PAN", "der Partei"]),
        entity("Ricardo Anaya", "PER", "MEX", ["Der Fraktionschef der Partei im Senat, Ricardo Anaya"]),
        entity("Institutional Revolutionary Party", "ORG", "MEX", ["PRI"]),
        entity("Alejandro Moreno", "PER", "MEX", ["PRI-Chef Alejandro Moreno"]),
        entity("relatives of the disappeared", "PER", "MEX", ["Angehörige von Verschwundenen"]),
        entity("Mexican human rights groups", "ORG", "MEX", ["Menschenrechtsgruppen"]),
        entity("Izaguirre ranch", "LOC", "MEX", ["der Ranch Izaguirre"]),
        entity("Teuchitlán", "LOC", "MEX", ["Teuchitlán"]),
        entity("Jalisco", "LOC", "MEX", ["Bundesstaat Jalisco"]),
        entity("Mexican Navy officers", "PER", "MEX", ["mehrere Marineoffiziere"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Sheinbaums Vorgänger Andrés Manuel López Obrador"]),
        entity("El Universal", "ORG", "MEX", ["Die Zeitung „El Universal“"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("Ministry of Foreign Affairs of Mexico", "ORG", "MEX", ["Das Außenministerium"]),
    ],
}

# ---------------------------------------------------------------- hm435-de-04 (Panama, deported migrants)
PAN_GOV = actor("Government of Panama", "PAN", "GOV")
MIGRANTS = actor("migrants deported to Panama", "PAN", "CVL")
USA_GOV_P = actor("Government of the United States", "USA", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
IOM = actor("International Organization for Migration", "UNO", "IGO")
UNHCR = actor("UNHCR", "UNO", "IGO")
HRW = actor("Human Rights Watch", "NGO", "NGO")
OMBUDSMAN = actor("Ombudsman of Panama", "PAN", "GOV")
CRI_GOV = actor("Government of Costa Rica", "CRI", "GOV")
TRUMP_P = actor("Donald Trump", "USA", "GOV")
MULINO = actor("José Raúl Mulino", "PAN", "GOV")

N1 = ("Panama-Stadt (dpa) - Panama hat knapp 100 aus den USA abgeschobene Migranten aus einem Hotel in der "
      "Hauptstadt in ein Auffanglager in der Dschungelregion Darién gebracht.")
N2 = "Die Menschen hatten sich geweigert, freiwillig in ihre Herkunftsländer zurückzukehren."
N3 = ("Sie würden im Lager San Vicente versorgt und seien nicht in Haft, sagte Sicherheitsminister Frank Ábrego am "
      "Dienstag.")
N4 = "Die Migranten stammen überwiegend aus Asien, unter anderem aus China, Afghanistan, Iran, Indien und Usbekistan."
N5 = ("Die USA hatten in der vergangenen Woche mit drei Militärflügen knapp 300 Menschen nach Panama gebracht, die "
      "ohne gültige Papiere eingereist waren.")
N6 = ("Panama hatte sich nach einem Besuch von US-Außenminister Marco Rubio Anfang Februar bereit erklärt, als "
      "„Brücke“ für die Rückführung zu dienen.")
N7 = "Präsident José Raúl Mulino verteidigte die Vereinbarung und sagte, sein Land handle aus humanitären Gründen."
N8 = ("Die Internationale Organisation für Migration (IOM) und das UN-Flüchtlingshilfswerk UNHCR versorgen die "
      "Menschen mit Lebensmitteln und medizinischer Hilfe.")
N9 = ("Im Hotel Decapolis hatten Migranten in der vergangenen Woche Zettel mit den Worten „Hilfe“ und „Wir sind in "
      "unserem Land nicht sicher“ an die Fenster gehalten.")
N10 = "Human Rights Watch warf Panama vor, die Menschen ohne Zugang zu Anwälten festzuhalten."
N11 = "Die Ombudsstelle des Landes forderte, die Migranten in die Hauptstadt zurückzubringen."
N12 = "Die Regierung lehnte dies ab."
N13 = "Auch Costa Rica hat sich bereit erklärt, Abgeschobene aus Drittstaaten aufzunehmen."
N14 = "US-Präsident Donald Trump hatte Panama zuvor gedroht, die Kontrolle über den Panamakanal zurückzufordern."
N15 = "Mulino lehnt jede Verhandlung über die Souveränität über den Kanal ab."

DE04 = {
    "id": "hm435-de-04", "lang": "de", "url": None, "published": "2025-02-19",
    "title": "Panama bringt abgeschobene Migranten in Lager im Darién",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7, N8], [N9, N10, N11, N12], [N13, N14, N15]),
    "events": [
        event("COERCE", PAN_GOV, MIGRANTS, N1, mode="restrict", location="Darién", location_country="PAN"),
        event("REJECT", MIGRANTS, PAN_GOV, N2),
        event("COERCE", USA_GOV_P, MIGRANTS, N5, mode="deport"),
        event("AGREE", PAN_GOV, USA_GOV_P, N6),
        event("CONSULT", RUBIO, PAN_GOV, N6, mode="visit", location_country="PAN"),
        event("AID", IOM, MIGRANTS, N8, location_country="PAN"),
        event("AID", UNHCR, MIGRANTS, N8, location_country="PAN"),
        event("PROTEST", MIGRANTS, PAN_GOV, N9, mode="demo", location="Panama City", location_country="PAN"),
        event("ACCUSE", HRW, PAN_GOV, N10, mode="disapprove"),
        event("REQUEST", OMBUDSMAN, PAN_GOV, N11, mode="change"),
        event("REJECT", PAN_GOV, OMBUDSMAN, N12, mode="change"),
        event("AGREE", CRI_GOV, USA_GOV_P, N13),
        event("THREATEN", TRUMP_P, PAN_GOV, N14, mode="territory"),
        event("REJECT", MULINO, TRUMP_P, N15, mode="yield"),
    ],
    "quotes": [
        quote("Sie würden im Lager San Vicente versorgt und seien nicht in Haft", "Frank Ábrego", "indirect"),
        quote("Brücke", "Government of Panama", "direct"),
        quote("sein Land handle aus humanitären Gründen", "José Raúl Mulino", "indirect"),
        quote("Hilfe", "migrants deported to Panama", "direct"),
        quote("Wir sind in unserem Land nicht sicher", "migrants deported to Panama", "direct"),
        quote("die Menschen ohne Zugang zu Anwälten festzuhalten", "Human Rights Watch", "indirect"),
        quote("die Migranten in die Hauptstadt zurückzubringen", "Ombudsman of Panama", "indirect"),
    ],
    "entities": [
        entity("Panama City", "LOC", "PAN", ["Panama-Stadt", "der Hauptstadt", "die Hauptstadt"]),
        entity("Government of Panama", "ORG", "PAN", ["Panama", "Die Regierung"]),
        entity("Panama", "LOC", "PAN", ["nach Panama", "des Landes", "sein Land"]),
        entity("migrants deported to Panama", "PER", "PAN",
               ["knapp 100 aus den USA abgeschobene Migranten", "Die Menschen", "Sie", "Die Migranten",
                "knapp 300 Menschen", "die Menschen", "Migranten", "die Migranten"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Darién", "LOC", "PAN", ["der Dschungelregion Darién"]),
        entity("San Vicente camp", "LOC", "PAN", ["Lager San Vicente"]),
        entity("Frank Ábrego", "PER", "PAN", ["Sicherheitsminister Frank Ábrego"]),
        entity("Asia", "LOC", None, ["Asien"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Afghanistan", "LOC", "AFG", ["Afghanistan"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("India", "LOC", "IND", ["Indien"]),
        entity("Uzbekistan", "LOC", "UZB", ["Usbekistan"]),
        entity("Government of the United States", "ORG", "USA", ["Die USA"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio"]),
        entity("José Raúl Mulino", "PER", "PAN", ["Präsident José Raúl Mulino", "Mulino"]),
        entity("International Organization for Migration", "ORG", "UNO",
               ["Die Internationale Organisation für Migration (IOM)"]),
        entity("UNHCR", "ORG", "UNO", ["das UN-Flüchtlingshilfswerk UNHCR"]),
        entity("Hotel Decapolis", "LOC", "PAN", ["Hotel Decapolis"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Ombudsman of Panama", "ORG", "PAN", ["Die Ombudsstelle des Landes"]),
        entity("Government of Costa Rica", "ORG", "CRI", ["Costa Rica"]),
        entity("deportees to Costa Rica", "PER", None, ["Abgeschobene aus Drittstaaten"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("Panama Canal", "LOC", "PAN", ["den Panamakanal", "den Kanal"]),
    ],
}

# ---------------------------------------------------------------- hm435-en-01 (Canada/US, counter-tariffs dropped)
CARNEY = actor("Mark Carney", "CAN", "GOV")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
USA_GOV_C = actor("Government of the United States", "USA", "GOV")
TRUMP_C = actor("Donald Trump", "USA", "GOV")
WH_OFFICIAL = actor("White House official", "USA", "GOV")
LEBLANC = actor("Dominic LeBlanc", "CAN", "GOV")
LUTNICK = actor("Howard Lutnick", "USA", "GOV")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
PAYNE = actor("Lana Payne", "CAN", "LAB")

C1 = ("OTTAWA (Reuters) - Canada will remove many of its retaliatory tariffs on U.S. goods from Sept. 1, Prime "
      "Minister Mark Carney said on Friday, in a bid to revive stalled trade talks with Washington.")
C2 = ("Counter-tariffs on goods covered by the United States-Mexico-Canada Agreement will be lifted, Carney told "
      "reporters in Ottawa.")
C3 = "Canada will not, however, drop its duties on U.S. steel, aluminum and autos, he said."
C4 = "The announcement came a day after Carney spoke by phone with President Donald Trump."
C5 = "\"Canada currently has the best trade deal with the United States of anyone,\" Carney said."
C6 = ("Trump raised tariffs on Canadian goods not covered by the pact to 35% on Aug. 1, accusing Ottawa of failing to "
      "stop the flow of fentanyl across the border.")
C7 = "A White House official welcomed Carney's decision, calling it \"long overdue.\""
C8 = ("Dominic LeBlanc, the minister responsible for Canada-U.S. trade, will travel to Washington next week for talks "
      "with Commerce Secretary Howard Lutnick, his office said.")
C9 = "Conservative leader Pierre Poilievre accused Carney of caving to Trump without getting anything in return."
C10 = "\"He promised to fight, and instead he folded,\" Poilievre said in a statement."
C11 = ("Lana Payne, president of the Unifor union, called the move \"a mistake\" and urged the government to keep up "
       "the pressure on Washington.")
C12 = "Ontario Premier Doug Ford said he understood the decision but that Canada must not give up its leverage on steel."
C13 = ("Canada imposed the counter-tariffs on about C$60 billion worth of U.S. goods in March in response to Trump's "
       "first round of levies.")
C14 = ("Carney's government had already scrapped a planned digital services tax in June after Trump broke off trade "
       "talks over it.")
C15 = "The United States buys about three-quarters of Canada's exports."
C16 = "Trump said last week that Canada had treated the United States \"very badly\" for decades."

EN01 = {
    "id": "hm435-en-01", "lang": "en", "url": None, "published": "2025-08-22",
    "title": "Canada to drop many counter-tariffs on U.S. goods to revive trade talks",
    "text": paragraphs([C1, C2, C3, C4, C5], [C6, C7, C8], [C9, C10, C11, C12], [C13, C14, C15, C16]),
    "events": [
        event("CONCEDE", CARNEY, USA_GOV_C, C1, date="2025-08-22"),
        event("CONCEDE", CARNEY, USA_GOV_C, C2, location="Ottawa", location_country="CAN"),
        event("CONCEDE", CARNEY, USA_GOV_C, C3, negated=True),
        event("CONSULT", CARNEY, TRUMP_C, C4, mode="phone", date="2025-08-21"),
        event("SANCTION", TRUMP_C, CAN_GOV, C6, date="2025-08-01"),
        event("ACCUSE", TRUMP_C, CAN_GOV, C6, mode="allege", date="2025-08-01"),
        event("SUPPORT", WH_OFFICIAL, CARNEY, C7),
        event("AGREE", LEBLANC, LUTNICK, C8, mode="meet", location="Washington", location_country="USA"),
        event("ACCUSE", POILIEVRE, CARNEY, C9, mode="disapprove"),
        event("ACCUSE", POILIEVRE, CARNEY, C10, mode="disapprove"),
        event("ACCUSE", PAYNE, CAN_GOV, C11, mode="disapprove"),
        event("REQUEST", PAYNE, CAN_GOV, C11, mode="change"),
        event("SANCTION", CAN_GOV, USA_GOV_C, C13),
        event("SANCTION", TRUMP_C, CAN_GOV, C13),
        event("CONCEDE", CAN_GOV, USA_GOV_C, C14),
        event("SANCTION", TRUMP_C, CAN_GOV, C14, mode="discontinue"),
        event("ACCUSE", TRUMP_C, CAN_GOV, C16, mode="disapprove"),
    ],
    "quotes": [
        quote("Canada will remove many of its retaliatory tariffs on U.S. goods from Sept. 1", "Mark Carney",
              "indirect"),
        quote("Counter-tariffs on goods covered by the United States-Mexico-Canada Agreement will be lifted",
              "Mark Carney", "indirect"),
        quote("Canada will not, however, drop its duties on U.S. steel, aluminum and autos", "Mark Carney",
              "indirect"),
        quote("Canada currently has the best trade deal with the United States of anyone", "Mark Carney", "direct"),
        quote("failing to stop the flow of fentanyl across the border", "Donald Trump", "indirect"),
        quote("long overdue", "White House official", "direct"),
        quote("Dominic LeBlanc, the minister responsible for Canada-U.S. trade, will travel to Washington next week "
              "for talks with Commerce Secretary Howard Lutnick", "Office of Dominic LeBlanc", "indirect"),
        quote("caving to Trump without getting anything in return", "Pierre Poilievre", "indirect"),
        quote("He promised to fight, and instead he folded", "Pierre Poilievre", "direct"),
        quote("a mistake", "Lana Payne", "direct"),
        quote("he understood the decision but that Canada must not give up its leverage on steel", "Doug Ford",
              "indirect"),
        quote("very badly", "Donald Trump", "direct"),
        quote("Canada had treated the United States \"very badly\" for decades", "Donald Trump", "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["OTTAWA", "Ottawa"]),
        entity("Government of Canada", "ORG", "CAN", ["Canada", "Ottawa", "the government", "Carney's government"]),
        entity("Canada", "LOC", "CAN", ["Canada", "Canada's"]),
        entity("Mark Carney", "PER", "CAN", ["Prime Minister Mark Carney", "Carney", "he", "Carney's", "He"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("United States-Mexico-Canada Agreement", "MISC", None,
               ["the United States-Mexico-Canada Agreement", "the pact"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump", "Trump's"]),
        entity("United States", "LOC", "USA", ["the United States", "The United States"]),
        entity("White House official", "PER", "USA", ["A White House official"]),
        entity("Dominic LeBlanc", "PER", "CAN", ["Dominic LeBlanc, the minister responsible for Canada-U.S. trade"]),
        entity("Office of Dominic LeBlanc", "ORG", "CAN", ["his office"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Howard Lutnick", "PER", "USA", ["Commerce Secretary Howard Lutnick"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Conservative leader Pierre Poilievre", "Poilievre"]),
        entity("Lana Payne", "PER", "CAN", ["Lana Payne, president of the Unifor union"]),
        entity("Unifor", "ORG", "CAN", ["the Unifor union"]),
        entity("Doug Ford", "PER", "CAN", ["Ontario Premier Doug Ford", "he"]),
        entity("Ontario", "LOC", "CAN", ["Ontario"]),
    ],
}

# ---------------------------------------------------------------- hm435-en-02 (US/Haiti, Cherizier charged)
US_PROSECUTORS = actor("US federal prosecutors", "USA", "JUD")
CHERIZIER = actor("Jimmy Cherizier", "HTI", "REB")
RICHARDSON = actor("Bazile Richardson", "USA", "CVL")
US_AUTHORITIES = actor("US federal authorities", "USA", "COP")
BONDI = actor("Pam Bondi", "USA", "GOV")
GANG_FINANCIERS = actor("financiers of Haitian gangs in the United States", "USA", "CVL")
US_STATE = actor("United States Department of State", "USA", "GOV")
VIV_ANSANM = actor("Viv Ansanm", "HTI", "REB")
USA_GOV_H = actor("Government of the United States", "USA", "GOV")
HNP = actor("Haitian National Police", "HTI", "COP")
FILS_AIME = actor("Alix Didier Fils-Aimé", "HTI", "GOV")
US_TREASURY = actor("United States Department of the Treasury", "USA", "GOV")
UNSC = actor("United Nations Security Council", "UNO", "IGO")

H1 = ("WASHINGTON (AP) — U.S. federal prosecutors on Wednesday charged Haitian gang leader Jimmy \"Barbecue\" "
      "Cherizier with violating U.S. sanctions by raising money in the United States for his armed groups.")
H2 = ("The State Department separately offered a reward of up to $5 million for information leading to his arrest "
      "or conviction.")
H3 = ("An indictment unsealed in federal court in Washington accuses Cherizier and a Haitian-American man, Bazile "
      "Richardson, of organizing fundraising events and wiring the proceeds to gang members in Haiti.")
H4 = "Richardson was arrested in Texas, the Justice Department said."
H5 = ("\"Jimmy Cherizier and his gang have brought terror to the people of Haiti for years,\" Attorney General Pam "
      "Bondi said in a statement.")
H6 = "She warned that anyone in the United States who finances the gangs would be prosecuted."
H7 = ("Cherizier, a former police officer, leads the Viv Ansanm coalition, which controls most of the capital, "
      "Port-au-Prince.")
H8 = "The State Department designated Viv Ansanm a foreign terrorist organization in May."
H9 = ("In a video posted on social media late Wednesday, Cherizier mocked the reward and accused Washington of "
      "wanting to occupy Haiti.")
H10 = "\"Nobody will sell me out,\" he said."
H11 = "He also threatened to step up attacks on the police."
H12 = ("Haiti's Prime Minister Alix Didier Fils-Aimé welcomed the charges and called on other countries to go after "
       "the gangs' financial networks.")
H13 = ("Businessman Laurent Saint-Cyr took over last week as head of the Transitional Presidential Council, which is "
       "supposed to hand power to an elected government in February.")
H14 = "Gang violence killed more than 1,500 people in Haiti between April and June, according to the United Nations."
H15 = ("A Kenyan-led multinational police mission has struggled to contain the gangs because of a lack of money and "
       "personnel.")
H16 = ("The U.S. Treasury sanctioned Cherizier in 2022, and the U.N. Security Council placed him under an arms "
       "embargo, travel ban and asset freeze the same year.")

EN02 = {
    "id": "hm435-en-02", "lang": "en", "url": None, "published": "2025-08-14",
    "title": "US charges Haitian gang leader 'Barbecue' with sanctions violations, offers $5 million reward",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6], [H7, H8, H9, H10, H11], [H12, H13], [H14, H15, H16]),
    "events": [
        event("ACCUSE", US_PROSECUTORS, CHERIZIER, H1, mode="allege", date="2025-08-13", location="Washington",
              location_country="USA"),
        event("ACCUSE", US_PROSECUTORS, CHERIZIER, H3, mode="allege", location="Washington",
              location_country="USA"),
        event("ACCUSE", US_PROSECUTORS, RICHARDSON, H3, mode="allege", location="Washington",
              location_country="USA"),
        event("COERCE", US_AUTHORITIES, RICHARDSON, H4, mode="arrest", location="Texas", location_country="USA"),
        event("ACCUSE", BONDI, CHERIZIER, H5, mode="disapprove"),
        event("THREATEN", BONDI, GANG_FINANCIERS, H6),
        event("SANCTION", US_STATE, VIV_ANSANM, H8),
        event("ACCUSE", CHERIZIER, USA_GOV_H, H9, mode="allege", date="2025-08-13"),
        event("THREATEN", CHERIZIER, HNP, H11, mode="violence"),
        event("SUPPORT", FILS_AIME, US_PROSECUTORS, H12),
        event("REQUEST", FILS_AIME, None, H12),
        event("SANCTION", US_TREASURY, CHERIZIER, H16),
        event("SANCTION", UNSC, CHERIZIER, H16),
    ],
    "quotes": [
        quote("Richardson was arrested in Texas", "United States Department of Justice", "indirect"),
        quote("Jimmy Cherizier and his gang have brought terror to the people of Haiti for years", "Pam Bondi",
              "direct"),
        quote("anyone in the United States who finances the gangs would be prosecuted", "Pam Bondi", "indirect"),
        quote("wanting to occupy Haiti", "Jimmy Cherizier", "indirect"),
        quote("Nobody will sell me out", "Jimmy Cherizier", "direct"),
        quote("Gang violence killed more than 1,500 people in Haiti between April and June", "United Nations",
              "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON", "Washington"]),
        entity("US federal prosecutors", "ORG", "USA", ["U.S. federal prosecutors"]),
        entity("Jimmy Cherizier", "PER", "HTI", ["Haitian gang leader Jimmy \"Barbecue\" Cherizier", "Cherizier",
                                                 "Jimmy Cherizier", "he", "He", "him", "me"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("United States Department of State", "ORG", "USA", ["The State Department"]),
        entity("Bazile Richardson", "PER", "USA", ["a Haitian-American man, Bazile Richardson", "Richardson"]),
        entity("Haiti", "LOC", "HTI", ["Haiti", "Haiti's"]),
        entity("Texas", "LOC", "USA", ["Texas"]),
        entity("United States Department of Justice", "ORG", "USA", ["the Justice Department"]),
        entity("Pam Bondi", "PER", "USA", ["Attorney General Pam Bondi", "She"]),
        entity("Viv Ansanm", "ORG", "HTI", ["his gang", "the Viv Ansanm coalition", "Viv Ansanm"]),
        entity("financiers of Haitian gangs in the United States", "PER", "USA",
               ["anyone in the United States who finances the gangs"]),
        entity("Port-au-Prince", "LOC", "HTI", ["the capital, Port-au-Prince"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Haitian National Police", "ORG", "HTI", ["the police"]),
        entity("Alix Didier Fils-Aimé", "PER", "HTI", ["Haiti's Prime Minister Alix Didier Fils-Aimé"]),
        entity("Laurent Saint-Cyr", "PER", "HTI", ["Businessman Laurent Saint-Cyr"]),
        entity("Transitional Presidential Council", "ORG", "HTI", ["the Transitional Presidential Council"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations"]),
        entity("Multinational Security Support Mission", "ORG", "IGO",
               ["A Kenyan-led multinational police mission"]),
        entity("United States Department of the Treasury", "ORG", "USA", ["The U.S. Treasury"]),
        entity("United Nations Security Council", "ORG", "UNO", ["the U.N. Security Council"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
