"""Round 381: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm381-de-01: Canada: masked protesters riot in downtown Montreal during a pro-Palestinian march against the NATO Parliamentary Assembly session; smoke bombs thrown at police, tear gas and three arrests, an effigy of Trudeau burned, Trudeau, Legault and Plante condemn, Legault backs the police, Poilievre blames Trudeau and demands a tougher line, the Taylor Swift concert video, police reinforce the venue (2024-11-23).
- hm381-de-02: Mexico: Israel Vallarta, Florence Cassez's co-defendant, freed from the Altiplano prison after a federal judge acquits him following almost 20 years without a verdict; the 2005 AFI arrest and staged TV re-enactment, García Luna's admission, Cassez's sentence and 2013 release, the cancelled Mexico Year in France, Vallarta's torture accusations against García Luna and Cárdenas Palomino, Sheinbaum speaks of fabricated culprits, the lawyers demand compensation, the Interior Ministry to meet the family, rights groups welcome the ruling (2025-08-01).
- hm381-de-03: Mexico: more than 380 uncremated bodies found at the Plenitud crematorium in Ciudad Juárez; Chihuahua prosecutors search the site, arrest and charge the owner, a judge orders custody, six funeral homes investigated and closed, relatives protest, Governor Maru Campos condemns and promises help, Sheinbaum offers federal support and demands clarification, Morena accuses the state government (2025-06-30).
- hm381-de-04: United States: ABC suspends Jimmy Kimmel's late-night show indefinitely over his remarks on Charlie Kirk's killing after FCC chairman Brendan Carr's threat; Nexstar and Sinclair pull the show, Sinclair demands an apology and a donation, Trump celebrates and urges NBC to drop Fallon and Meyers, Democrats, FCC commissioner Anna Gomez and the Writers Guild object, protest at the El Capitan Theatre (2025-09-18).
- hm381-en-01: United States/Mexico: the Supreme Court unanimously throws out Mexico's $10 billion lawsuit against U.S. gun makers; Kagan's opinion, the 2021 Boston suit, its dismissal and revival, the Trump administration and Republican-led states back the industry, Sheinbaum accuses the companies and urges Washington to act, the Arizona suit, the NSSF hails the ruling and Keane attacks Mexico, Brady objects, Trump's tariff threat (2025-06-06).
- hm381-en-02: Canada/China: Ottawa orders TikTok to wind up its Canadian business after a national security review but does not block the app; Champagne's reasons, TikTok objects and will go to court, China's Commerce Ministry opposes and accuses Canada, the 2023 review and government-device ban, the U.S. divest-or-ban law and the companies' lawsuit, Michael Chong criticises the delay (2024-11-07).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm381-de-01 (Canada, Montreal riot at anti-NATO march)
MTL_PROTESTERS = actor("protesters in Montreal", "CAN", "CVL")
NATO_PA = actor("NATO Parliamentary Assembly", "IGO", "IGO")
NATO = actor("NATO", "IGO", "IGO")
SPVM = actor("Montreal Police Service", "CAN", "COP")
PRO_PAL_GROUPS = actor("pro-Palestinian groups in Montreal", "CAN", "CVL")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
LEGAULT = actor("François Legault", "CAN", "GOV")
PLANTE = actor("Valérie Plante", "CAN", "GOV")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
CAN_GOV_1 = actor("Government of Canada", "CAN", "GOV")

M1 = ("Montreal (dpa) - Bei einer Demonstration gegen eine Tagung der Parlamentarischen Versammlung der Nato ist es im "
      "kanadischen Montreal zu schweren Ausschreitungen gekommen.")
M2 = ("Vermummte Demonstranten warfen am Freitagabend in der Innenstadt Rauchbomben und Feuerwerkskörper auf "
      "Polizisten, setzten Gegenstände in Brand und schlugen Schaufensterscheiben ein, wie die Polizei mitteilte.")
M3 = "Die Beamten setzten Tränengas ein, um die Menge aufzulösen."
M4 = "Drei Menschen wurden festgenommen, zwei von ihnen wegen tätlicher Angriffe auf Polizisten."
M5 = "Ein Polizist wurde nach Angaben eines Sprechers leicht verletzt."
M6 = ("Auf Videos in sozialen Netzwerken war zu sehen, wie Demonstranten eine Puppe mit dem Konterfei von "
      "Premierminister Justin Trudeau anzündeten.")
M7 = ("Zu dem Protest hatten propalästinensische Gruppen aufgerufen, die der Nato eine Mitschuld am Krieg im "
      "Gazastreifen geben.")
M8 = "Die Parlamentarier aus den 32 Mitgliedstaaten des Bündnisses wollen noch bis Montag in Montreal beraten."
M9 = "Trudeau verurteilte die Ausschreitungen am Samstag scharf."
M10 = "„Was wir gestern Abend in Montreal gesehen haben, ist entsetzlich“, schrieb er auf der Plattform X."
M11 = ("Antisemitismus, Einschüchterung und Gewalt müssten angeprangert werden, wo immer sie sich zeigten, fügte der "
       "Regierungschef hinzu.")
M12 = ("Quebecs Regierungschef François Legault sprach von „inakzeptablen“ Szenen und sicherte der Polizei die "
       "Rückendeckung der Provinzregierung zu.")
M13 = ("Montreals Bürgermeisterin Valérie Plante erklärte, Vandalismus und Einschüchterung hätten in ihrer Stadt keinen "
       "Platz.")
M14 = ("Oppositionsführer Pierre Poilievre warf Trudeau vor, mit seiner Nachsicht gegenüber Extremisten ein Klima "
       "geschaffen zu haben, in dem „Chaos und Judenhass“ gediehen.")
M15 = "Der konservative Politiker forderte die Regierung auf, härter gegen gewalttätige Demonstranten vorzugehen."
M16 = ("Kritik zog auch ein Video auf sich, das Trudeau am Freitagabend tanzend bei einem Konzert von Taylor Swift in "
       "Toronto zeigt.")
M17 = "Die Polizei verstärkte am Samstag ihre Präsenz rund um den Tagungsort."

DE01 = {
    "id": "hm381-de-01", "lang": "de", "url": None, "published": "2024-11-23",
    "title": "Ausschreitungen bei Protest gegen Nato-Tagung in Montreal",
    "text": paragraphs([M1, M2, M3, M4, M5], [M6, M7, M8], [M9, M10, M11, M12, M13], [M14, M15, M16], [M17]),
    "events": [
        event("PROTEST", MTL_PROTESTERS, NATO_PA, M1, mode="riot", location="Montreal", location_country="CAN"),
        event("PROTEST", MTL_PROTESTERS, SPVM, M2, mode="riot", date="2024-11-22", location="Montreal",
              location_country="CAN"),
        event("ASSAULT", SPVM, MTL_PROTESTERS, M3, mode="crowd-control", location="Montreal", location_country="CAN"),
        event("COERCE", SPVM, MTL_PROTESTERS, M4, mode="arrest", location="Montreal", location_country="CAN"),
        event("PROTEST", MTL_PROTESTERS, TRUDEAU, M6, mode="demo", location="Montreal", location_country="CAN"),
        event("PROTEST", PRO_PAL_GROUPS, NATO_PA, M7, mode="demo", location="Montreal", location_country="CAN"),
        event("ACCUSE", PRO_PAL_GROUPS, NATO, M7, mode="allege"),
        event("ACCUSE", TRUDEAU, MTL_PROTESTERS, M9, mode="disapprove", date="2024-11-23"),
        event("ACCUSE", TRUDEAU, MTL_PROTESTERS, M10, mode="disapprove"),
        event("ACCUSE", LEGAULT, MTL_PROTESTERS, M12, mode="disapprove"),
        event("SUPPORT", LEGAULT, SPVM, M12),
        event("ACCUSE", PLANTE, MTL_PROTESTERS, M13, mode="disapprove"),
        event("ACCUSE", POILIEVRE, TRUDEAU, M14, mode="allege"),
        event("REQUEST", POILIEVRE, CAN_GOV_1, M15, mode="change"),
        event("MOBILIZE", SPVM, None, M17, mode="police", date="2024-11-23", location="Montreal",
              location_country="CAN"),
    ],
    "quotes": [
        quote("Vermummte Demonstranten warfen am Freitagabend in der Innenstadt Rauchbomben und Feuerwerkskörper auf "
              "Polizisten, setzten Gegenstände in Brand und schlugen Schaufensterscheiben ein", "Montreal Police Service",
              "indirect"),
        quote("Ein Polizist wurde nach Angaben eines Sprechers leicht verletzt",
              "spokesperson of the Montreal Police Service", "indirect"),
        quote("Was wir gestern Abend in Montreal gesehen haben, ist entsetzlich", "Justin Trudeau", "direct"),
        quote("Antisemitismus, Einschüchterung und Gewalt müssten angeprangert werden, wo immer sie sich zeigten",
              "Justin Trudeau", "indirect"),
        quote("inakzeptablen", "François Legault", "direct"),
        quote("Vandalismus und Einschüchterung hätten in ihrer Stadt keinen Platz", "Valérie Plante", "indirect"),
        quote("mit seiner Nachsicht gegenüber Extremisten ein Klima geschaffen zu haben, in dem „Chaos und Judenhass“ "
              "gediehen", "Pierre Poilievre", "indirect"),
        quote("Chaos und Judenhass", "Pierre Poilievre", "direct"),
    ],
    "entities": [
        entity("Montreal", "LOC", "CAN", ["Montreal", "in der Innenstadt", "ihrer Stadt"]),
        entity("NATO Parliamentary Assembly", "ORG", "IGO", ["der Parlamentarischen Versammlung der Nato",
                                                            "Die Parlamentarier aus den 32 Mitgliedstaaten des "
                                                            "Bündnisses"]),
        entity("NATO", "ORG", "IGO", ["der Nato", "des Bündnisses"]),
        entity("protesters in Montreal", "PER", "CAN", ["Vermummte Demonstranten", "die Menge", "Drei Menschen",
                                                        "Demonstranten"]),
        entity("Montreal Police Service", "ORG", "CAN", ["die Polizei", "Die Beamten", "der Polizei",
                                                         "Die Polizei"]),
        entity("Montreal police officers", "PER", "CAN", ["Polizisten", "Ein Polizist"]),
        entity("spokesperson of the Montreal Police Service", "PER", "CAN", ["eines Sprechers"]),
        entity("Justin Trudeau", "PER", "CAN", ["Premierminister Justin Trudeau", "Trudeau", "er",
                                                "der Regierungschef"]),
        entity("pro-Palestinian groups in Montreal", "ORG", "CAN", ["propalästinensische Gruppen"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Quebec", "LOC", "CAN", ["Quebecs"]),
        entity("François Legault", "PER", "CAN", ["Quebecs Regierungschef François Legault"]),
        entity("Government of Quebec", "ORG", "CAN", ["der Provinzregierung"]),
        entity("Valérie Plante", "PER", "CAN", ["Montreals Bürgermeisterin Valérie Plante"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Oppositionsführer Pierre Poilievre", "Der konservative Politiker"]),
        entity("Government of Canada", "ORG", "CAN", ["die Regierung"]),
        entity("Taylor Swift", "PER", "USA", ["Taylor Swift"]),
        entity("Toronto", "LOC", "CAN", ["Toronto"]),
    ],
}

# ---------------------------------------------------------------- hm381-de-02 (Mexico, Israel Vallarta freed)
VALLARTA = actor("Israel Vallarta", "MEX", "CVL")
FED_JUDGE = actor("federal judge in the State of Mexico", "MEX", "JUD")
AFI = actor("Federal Investigation Agency (AFI)", "MEX", "COP")
CASSEZ = actor("Florence Cassez", "FRA", "CVL")
GARCIA_LUNA = actor("Genaro García Luna", "MEX", "COP")
CARDENAS = actor("Luis Cárdenas Palomino", "MEX", "COP")
MEX_COURT = actor("Mexican federal court", "MEX", "JUD")
SCJN = actor("Supreme Court of Justice of the Nation", "MEX", "JUD")
MEX_GOV_2 = actor("Government of Mexico", "MEX", "GOV")
FRA_GOV = actor("Government of France", "FRA", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
FORMER_GOVS = actor("former governments of Mexico", "MEX", "GOV")
VALLARTA_LAWYERS = actor("lawyers of Israel Vallarta", "MEX", "CVL")
SEGOB = actor("Secretariat of the Interior of Mexico", "MEX", "GOV")
VALLARTA_FAMILY = actor("family of Israel Vallarta", "MEX", "CVL")
MEX_HR_GROUPS = actor("Mexican human rights organisations", "MEX", "NGO")

V1 = ("Mexiko-Stadt (dpa) - Nach fast 20 Jahren in Untersuchungshaft ist in Mexiko der frühere Mitangeklagte der "
      "Französin Florence Cassez, Israel Vallarta, freigekommen.")
V2 = ("Eine Bundesrichterin sprach den Mexikaner am Donnerstag vom Vorwurf der Entführung und der Bildung einer "
      "kriminellen Vereinigung frei, wie seine Anwälte mitteilten.")
V3 = ("Vallarta verließ noch in der Nacht das Hochsicherheitsgefängnis Altiplano im Bundesstaat México, wo ihn "
      "Angehörige mit Blumen und Transparenten empfingen.")
V4 = "„Ich habe 19 Jahre auf diesen Tag gewartet“, sagte er vor Journalisten."
V5 = "Vallarta und Cassez waren im Dezember 2005 von der damaligen Bundespolizei AFI festgenommen worden."
V6 = ("Einen Tag später stellten Beamte die Festnahme auf einer Ranch südlich der Hauptstadt für laufende "
      "Fernsehkameras nach.")
V7 = "Der damalige AFI-Chef Genaro García Luna musste die Inszenierung später in einem Fernsehinterview einräumen."
V8 = ("Cassez wurde zu 60 Jahren Haft verurteilt, kam aber 2013 auf Anordnung des Obersten Gerichtshofs wegen schwerer "
      "Verfahrensfehler frei.")
V9 = ("Ihr Fall hatte die Beziehungen zwischen Mexiko und Frankreich schwer belastet: 2011 sagte Mexiko seine "
      "Teilnahme an einem Mexiko-Jahr in Frankreich ab, nachdem der damalige Präsident Nicolas Sarkozy es der "
      "inhaftierten Französin widmen wollte.")
V10 = "Vallarta dagegen blieb ohne Urteil hinter Gittern."
V11 = ("Er gab stets an, nach der Festnahme gefoltert worden zu sein, und beschuldigte García Luna und dessen "
       "Stellvertreter Luis Cárdenas Palomino, die Misshandlungen angeordnet zu haben.")
V12 = ("Cárdenas Palomino sitzt seit 2021 wegen Foltervorwürfen in Haft, García Luna verbüßt in den USA eine Strafe von "
       "mehr als 38 Jahren wegen Bestechung durch das Sinaloa-Kartell.")
V13 = ("Präsidentin Claudia Sheinbaum nannte den Fall am Freitag ein Beispiel dafür, wie unter früheren Regierungen "
       "Schuldige „fabriziert“ worden seien.")
V14 = ("„Das war eine Inszenierung von García Luna, und ein Mensch hat dafür fast sein halbes Leben im Gefängnis "
       "verbracht“, sagte sie in ihrer morgendlichen Pressekonferenz.")
V15 = "Vallartas Anwälte verlangten vom Staat eine Entschädigung und eine öffentliche Entschuldigung."
V16 = ("Sheinbaum sagte, das Innenministerium werde sich in den kommenden Tagen mit der Familie treffen, um über eine "
       "Wiedergutmachung zu sprechen.")
V17 = "Mexikanische Menschenrechtsorganisationen begrüßten das Urteil als „späte Gerechtigkeit“."
V18 = "Die Bundesstaatsanwaltschaft kann gegen den Freispruch noch Rechtsmittel einlegen."

DE02 = {
    "id": "hm381-de-02", "lang": "de", "url": None, "published": "2025-08-01",
    "title": "Nach fast 20 Jahren ohne Urteil: Mexikaner Israel Vallarta frei",
    "text": paragraphs([V1, V2, V3, V4], [V5, V6, V7, V8, V9, V10], [V11, V12], [V13, V14, V15, V16], [V17, V18]),
    "events": [
        event("RETREAT", FED_JUDGE, VALLARTA, V1, mode="release", location_country="MEX"),
        event("CONCEDE", FED_JUDGE, VALLARTA, V2, date="2025-07-31"),
        event("RETREAT", FED_JUDGE, VALLARTA, V3, mode="release", location="Altiplano", location_country="MEX"),
        event("COERCE", AFI, VALLARTA, V5, mode="arrest", location_country="MEX"),
        event("COERCE", AFI, CASSEZ, V5, mode="arrest", location_country="MEX"),
        event("COERCE", AFI, None, V6, mode="misinformation", location_country="MEX"),
        event("CONCEDE", GARCIA_LUNA, None, V7),
        event("SANCTION", MEX_COURT, CASSEZ, V8, mode="convict"),
        event("COERCE", MEX_COURT, CASSEZ, V8, mode="arrest"),
        event("RETREAT", SCJN, CASSEZ, V8, mode="release"),
        event("SANCTION", MEX_GOV_2, FRA_GOV, V9, mode="discontinue"),
        event("ACCUSE", VALLARTA, GARCIA_LUNA, V11, mode="allege"),
        event("ACCUSE", VALLARTA, CARDENAS, V11, mode="allege"),
        event("ACCUSE", SHEINBAUM, FORMER_GOVS, V13, mode="allege", date="2025-08-01"),
        event("ACCUSE", SHEINBAUM, GARCIA_LUNA, V14, mode="allege"),
        event("REQUEST", VALLARTA_LAWYERS, MEX_GOV_2, V15, mode="assist"),
        event("AGREE", SEGOB, VALLARTA_FAMILY, V16),
        event("SUPPORT", MEX_HR_GROUPS, FED_JUDGE, V17),
    ],
    "quotes": [
        quote("Eine Bundesrichterin sprach den Mexikaner am Donnerstag vom Vorwurf der Entführung und der Bildung einer "
              "kriminellen Vereinigung frei", "lawyers of Israel Vallarta", "indirect"),
        quote("Ich habe 19 Jahre auf diesen Tag gewartet", "Israel Vallarta", "direct"),
        quote("nach der Festnahme gefoltert worden zu sein", "Israel Vallarta", "indirect"),
        quote("die Misshandlungen angeordnet zu haben", "Israel Vallarta", "indirect"),
        quote("wie unter früheren Regierungen Schuldige „fabriziert“ worden seien", "Claudia Sheinbaum", "indirect"),
        quote("fabriziert", "Claudia Sheinbaum", "direct"),
        quote("Das war eine Inszenierung von García Luna, und ein Mensch hat dafür fast sein halbes Leben im Gefängnis "
              "verbracht", "Claudia Sheinbaum", "direct"),
        quote("das Innenministerium werde sich in den kommenden Tagen mit der Familie treffen, um über eine "
              "Wiedergutmachung zu sprechen", "Claudia Sheinbaum", "indirect"),
        quote("späte Gerechtigkeit", "Mexican human rights organisations", "direct"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt", "der Hauptstadt"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko"]),
        entity("Florence Cassez", "PER", "FRA", ["der Französin Florence Cassez", "Cassez",
                                                 "der inhaftierten Französin"]),
        entity("Israel Vallarta", "PER", "MEX", ["Israel Vallarta", "den Mexikaner", "Vallarta", "er", "Er"]),
        entity("federal judge in the State of Mexico", "PER", "MEX", ["Eine Bundesrichterin"]),
        entity("lawyers of Israel Vallarta", "PER", "MEX", ["seine Anwälte", "Vallartas Anwälte"]),
        entity("Altiplano prison", "LOC", "MEX", ["das Hochsicherheitsgefängnis Altiplano"]),
        entity("State of Mexico", "LOC", "MEX", ["Bundesstaat México"]),
        entity("family of Israel Vallarta", "PER", "MEX", ["Angehörige", "der Familie"]),
        entity("journalists", "PER", "MEX", ["Journalisten"]),
        entity("Federal Investigation Agency (AFI)", "ORG", "MEX", ["der damaligen Bundespolizei AFI", "Beamte"]),
        entity("Genaro García Luna", "PER", "MEX", ["Der damalige AFI-Chef Genaro García Luna", "García Luna"]),
        entity("Supreme Court of Justice of the Nation", "ORG", "MEX", ["des Obersten Gerichtshofs"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
        entity("Nicolas Sarkozy", "PER", "FRA", ["der damalige Präsident Nicolas Sarkozy"]),
        entity("Luis Cárdenas Palomino", "PER", "MEX", ["dessen Stellvertreter Luis Cárdenas Palomino",
                                                        "Cárdenas Palomino"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Sinaloa Cartel", "ORG", "MEX", ["das Sinaloa-Kartell"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "Sheinbaum", "sie"]),
        entity("former governments of Mexico", "ORG", "MEX", ["früheren Regierungen"]),
        entity("Government of Mexico", "ORG", "MEX", ["Staat"]),
        entity("Secretariat of the Interior of Mexico", "ORG", "MEX", ["das Innenministerium"]),
        entity("Mexican human rights organisations", "ORG", "MEX", ["Mexikanische Menschenrechtsorganisationen"]),
        entity("Attorney General's Office of Mexico (FGR)", "ORG", "MEX", ["Die Bundesstaatsanwaltschaft"]),
    ],
}

# ---------------------------------------------------------------- hm381-de-03 (Mexico, bodies in Juárez crematorium)
CHIH_PROS = actor("Chihuahua State Attorney General's Office", "MEX", "JUD")
PLENITUD = actor("Plenitud crematorium", "MEX", "BUS")
PLENITUD_OWNER = actor("owner of the Plenitud crematorium", "MEX", "BUS")
CHIH_JUDGE = actor("judge in Ciudad Juárez", "MEX", "JUD")
FUNERAL_HOMES = actor("funeral homes in Ciudad Juárez", "MEX", "BUS")
CHIH_HEALTH = actor("Chihuahua state health authorities", "MEX", "GOV")
JUAREZ_RELATIVES = actor("relatives of the dead found in the Plenitud crematorium", "MEX", "CVL")
CAMPOS = actor("Maru Campos", "MEX", "GOV")
CHIH_GOV = actor("Government of Chihuahua", "MEX", "GOV")
MORENA_CHIH = actor("Morena (Chihuahua)", "MEX", "PTY")

J1 = ("Ciudad Juárez (dpa) - In einem Krematorium in der mexikanischen Grenzstadt Ciudad Juárez sind mehr als 380 "
      "Leichen gefunden worden, die nie eingeäschert wurden.")
J2 = ("Die Toten lagen nach Angaben der Staatsanwaltschaft des Bundesstaats Chihuahua in mehreren Räumen des Betriebs "
      "gestapelt, viele von ihnen einbalsamiert und in Tücher gehüllt.")
J3 = "Ermittler hatten das Gelände am Donnerstag nach einem anonymen Hinweis durchsucht."
J4 = "Der Eigentümer des Krematoriums Plenitud wurde noch am selben Tag festgenommen."
J5 = "Er soll den Ermittlern gesagt haben, die Verbrennungsöfen seien seit Monaten defekt gewesen."
J6 = ("Die Staatsanwaltschaft wirft dem Mann vor, seit 2020 Leichen von Bestattungsunternehmen angenommen und den "
      "Hinterbliebenen statt der Asche ihrer Angehörigen ein Pulver unbekannter Herkunft übergeben zu haben.")
J7 = "Ein Richter ordnete am Sonntag Untersuchungshaft für ihn an."
J8 = ("Chihuahuas Generalstaatsanwalt César Jáuregui sagte, man ermittle auch gegen sechs Bestattungsunternehmen, die "
      "Leichen an das Krematorium übergeben hätten.")
J9 = "Die Gesundheitsbehörden des Bundesstaats ließen die Betriebe vorübergehend schließen."
J10 = ("Hunderte Angehörige versammelten sich am Wochenende vor einem Gebäude der Staatsanwaltschaft, um Fotos und "
       "Dokumente ihrer Verstorbenen vorzulegen.")
J11 = "Einige von ihnen hielten Schilder hoch und forderten Aufklärung."
J12 = ("„Wir wissen nicht einmal, wessen Asche wir seit drei Jahren zu Hause haben“, sagte eine Frau, deren Vater 2022 "
       "gestorben war.")
J13 = ("Gouverneurin Maru Campos sprach von einem „unverzeihlichen“ Verbrechen und sicherte den Familien Hilfe bei der "
       "Identifizierung ihrer Angehörigen zu.")
J14 = ("Präsidentin Claudia Sheinbaum nannte den Fund am Montag „sehr schwerwiegend“ und bot dem Bundesstaat die "
       "Unterstützung der Bundesregierung an.")
J15 = "Zugleich forderte sie eine lückenlose Aufklärung."
J16 = ("Die im Bundesstaat oppositionelle Partei Morena warf der Landesregierung vor, die Aufsicht über die "
       "Bestattungsbranche vernachlässigt zu haben.")
J17 = "Die Zahl der gefundenen Leichen war seit Freitag mehrfach nach oben korrigiert worden."
J18 = "Ciudad Juárez liegt direkt an der Grenze zur texanischen Stadt El Paso."

DE03 = {
    "id": "hm381-de-03", "lang": "de", "url": None, "published": "2025-06-30",
    "title": "Mehr als 380 Leichen in Krematorium in Ciudad Juárez entdeckt",
    "text": paragraphs([J1, J2, J3, J4, J5], [J6, J7, J8, J9], [J10, J11, J12], [J13, J14, J15, J16], [J17, J18]),
    "events": [
        event("COERCE", CHIH_PROS, PLENITUD, J3, mode="seize", date="2025-06-26", location="Ciudad Juárez",
              location_country="MEX"),
        event("COERCE", CHIH_PROS, PLENITUD_OWNER, J4, mode="arrest", date="2025-06-26", location="Ciudad Juárez",
              location_country="MEX"),
        event("ACCUSE", CHIH_PROS, PLENITUD_OWNER, J6, mode="allege"),
        event("COERCE", CHIH_JUDGE, PLENITUD_OWNER, J7, mode="arrest", date="2025-06-29"),
        event("ACCUSE", CHIH_PROS, FUNERAL_HOMES, J8, mode="investigate"),
        event("COERCE", CHIH_HEALTH, FUNERAL_HOMES, J9, mode="ban"),
        event("PROTEST", JUAREZ_RELATIVES, CHIH_PROS, J11, mode="demo", location="Ciudad Juárez",
              location_country="MEX"),
        event("ACCUSE", CAMPOS, PLENITUD_OWNER, J13, mode="disapprove"),
        event("AGREE", CAMPOS, JUAREZ_RELATIVES, J13),
        event("AGREE", SHEINBAUM, CHIH_GOV, J14, date="2025-06-30"),
        event("REQUEST", SHEINBAUM, None, J15),
        event("ACCUSE", MORENA_CHIH, CHIH_GOV, J16, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Toten lagen nach Angaben der Staatsanwaltschaft des Bundesstaats Chihuahua in mehreren Räumen des "
              "Betriebs gestapelt, viele von ihnen einbalsamiert und in Tücher gehüllt",
              "Chihuahua State Attorney General's Office", "indirect"),
        quote("die Verbrennungsöfen seien seit Monaten defekt gewesen", "owner of the Plenitud crematorium",
              "indirect"),
        quote("seit 2020 Leichen von Bestattungsunternehmen angenommen und den Hinterbliebenen statt der Asche ihrer "
              "Angehörigen ein Pulver unbekannter Herkunft übergeben zu haben",
              "Chihuahua State Attorney General's Office", "indirect"),
        quote("man ermittle auch gegen sechs Bestattungsunternehmen, die Leichen an das Krematorium übergeben hätten",
              "César Jáuregui", "indirect"),
        quote("Wir wissen nicht einmal, wessen Asche wir seit drei Jahren zu Hause haben",
              "relative of a person whose body was found in the crematorium", "direct"),
        quote("unverzeihlichen", "Maru Campos", "direct"),
        quote("sehr schwerwiegend", "Claudia Sheinbaum", "direct"),
        quote("die Aufsicht über die Bestattungsbranche vernachlässigt zu haben", "Morena (Chihuahua)", "indirect"),
    ],
    "entities": [
        entity("Ciudad Juárez", "LOC", "MEX", ["der mexikanischen Grenzstadt Ciudad Juárez", "Ciudad Juárez"]),
        entity("Plenitud crematorium", "ORG", "MEX", ["einem Krematorium", "des Betriebs", "das Gelände",
                                                      "des Krematoriums Plenitud", "das Krematorium"]),
        entity("Chihuahua", "LOC", "MEX", ["des Bundesstaats Chihuahua", "Chihuahuas", "dem Bundesstaat",
                                           "Die im Bundesstaat"]),
        entity("Chihuahua State Attorney General's Office", "ORG", "MEX",
               ["der Staatsanwaltschaft des Bundesstaats Chihuahua", "Ermittler", "den Ermittlern",
                "Die Staatsanwaltschaft", "der Staatsanwaltschaft"]),
        entity("owner of the Plenitud crematorium", "PER", "MEX", ["Der Eigentümer des Krematoriums Plenitud", "Er",
                                                                   "dem Mann", "ihn"]),
        entity("judge in Ciudad Juárez", "PER", "MEX", ["Ein Richter"]),
        entity("César Jáuregui", "PER", "MEX", ["Chihuahuas Generalstaatsanwalt César Jáuregui"]),
        entity("funeral homes in Ciudad Juárez", "ORG", "MEX", ["sechs Bestattungsunternehmen", "die Betriebe"]),
        entity("Chihuahua state health authorities", "ORG", "MEX", ["Die Gesundheitsbehörden des Bundesstaats"]),
        entity("relatives of the dead found in the Plenitud crematorium", "PER", "MEX",
               ["den Hinterbliebenen", "Hunderte Angehörige", "Einige von ihnen", "den Familien"]),
        entity("relative of a person whose body was found in the crematorium", "PER", "MEX", ["eine Frau"]),
        entity("Maru Campos", "PER", "MEX", ["Gouverneurin Maru Campos"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "sie"]),
        entity("Government of Mexico", "ORG", "MEX", ["der Bundesregierung"]),
        entity("Government of Chihuahua", "ORG", "MEX", ["der Landesregierung"]),
        entity("Morena", "ORG", "MEX", ["Partei Morena"]),
        entity("El Paso", "LOC", "USA", ["El Paso"]),
    ],
}

# ---------------------------------------------------------------- hm381-de-04 (USA, Kimmel show suspended)
ABC = actor("ABC", "USA", "BUS")
KIMMEL = actor("Jimmy Kimmel", "USA", "CVL")
NEXSTAR = actor("Nexstar Media Group", "USA", "BUS")
MAGA = actor("MAGA movement", "USA", "CVL")
US_CONSERVATIVES = actor("U.S. conservatives", "USA", "CVL")
CARR = actor("Brendan Carr", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
NBC = actor("NBC", "USA", "BUS")
DEMOCRATS = actor("Democratic Party (United States)", "USA", "PTY")
TRUMP_ADMIN = actor("Trump administration", "USA", "GOV")
GOMEZ = actor("Anna Gomez", "USA", "GOV")
WGA = actor("Writers Guild of America", "USA", "LAB")
HOLLYWOOD_PROTESTERS = actor("protesters in Hollywood", "USA", "CVL")
SINCLAIR = actor("Sinclair Broadcast Group", "USA", "BUS")

K1 = ("Los Angeles/Washington (dpa) - Nach umstrittenen Äußerungen über die Ermordung des rechten Aktivisten Charlie "
      "Kirk hat der US-Sender ABC die Late-Night-Show von Jimmy Kimmel auf unbestimmte Zeit abgesetzt.")
K2 = ("Die Sendung werde „bis auf Weiteres“ nicht ausgestrahlt, teilte ein Sprecher des Senders am Mittwochabend "
      "(Ortszeit) mit.")
K3 = ("Kurz zuvor hatte der Medienkonzern Nexstar, dem Dutzende ABC-Regionalsender gehören, erklärt, er werde die Show "
      "auf seinen Stationen vorerst nicht mehr zeigen.")
K4 = ("Kimmel hatte am Montag in seinem Monolog gesagt, die „MAGA-Bande“ versuche verzweifelt, den mutmaßlichen "
      "Todesschützen als etwas anderes darzustellen als „einen von ihnen“.")
K5 = "Konservative warfen dem Moderator daraufhin vor, das Verbrechen politisch auszuschlachten."
K6 = ("Der Chef der Medienaufsicht FCC, Brendan Carr, hatte ABC am Mittwoch in einem Podcast mit Konsequenzen bis hin "
      "zum Entzug von Sendelizenzen gedroht.")
K7 = "„Wir können das auf die einfache oder auf die harte Tour machen“, sagte Carr."
K8 = ("US-Präsident Donald Trump feierte die Absetzung auf seiner Plattform Truth Social als „großartige Nachricht für "
      "Amerika“.")
K9 = ("Zugleich forderte er den Sender NBC auf, sich auch von den Moderatoren Jimmy Fallon und Seth Meyers zu "
      "trennen.")
K10 = "Führende Demokraten warfen der Regierung einen Angriff auf die Meinungsfreiheit vor."
K11 = "Die demokratische FCC-Kommissarin Anna Gomez nannte das Vorgehen des Behördenchefs „Zensur“."
K12 = ("Die Drehbuchautoren-Gewerkschaft Writers Guild of America verurteilte die Entscheidung von ABC als Kniefall vor "
       "der Regierung.")
K13 = ("Vor dem El Capitan Theatre in Hollywood, wo die Show aufgezeichnet wird, demonstrierten am Donnerstag Dutzende "
       "Menschen gegen die Absetzung.")
K14 = "Auch die Sendergruppe Sinclair, die ebenfalls zahlreiche ABC-Stationen betreibt, nahm die Show aus dem Programm."
K15 = ("Sinclair verlangte von Kimmel eine Entschuldigung bei Kirks Familie und eine Spende an dessen Organisation "
       "Turning Point USA.")
K16 = "Kimmel selbst äußerte sich zunächst nicht."
K17 = "Kirk war vergangene Woche bei einem Auftritt an einer Universität im Bundesstaat Utah erschossen worden."
K18 = "Nexstar wartet derzeit auf die Zustimmung der FCC zur milliardenschweren Übernahme des Konkurrenten Tegna."

DE04 = {
    "id": "hm381-de-04", "lang": "de", "url": None, "published": "2025-09-18",
    "title": "ABC setzt Show von Jimmy Kimmel nach Äußerungen zu Kirk ab",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7], [K8, K9, K10, K11, K12, K13], [K14, K15, K16],
                       [K17, K18]),
    "events": [
        event("COERCE", ABC, KIMMEL, K1, mode="censor"),
        event("COERCE", ABC, KIMMEL, K2, mode="censor", date="2025-09-17"),
        event("COERCE", NEXSTAR, KIMMEL, K3, mode="censor"),
        event("ACCUSE", KIMMEL, MAGA, K4, mode="allege", date="2025-09-15"),
        event("ACCUSE", US_CONSERVATIVES, KIMMEL, K5, mode="allege"),
        event("THREATEN", CARR, ABC, K6, date="2025-09-17"),
        event("THREATEN", CARR, ABC, K7),
        event("SUPPORT", TRUMP, ABC, K8),
        event("REQUEST", TRUMP, NBC, K9, mode="change"),
        event("ACCUSE", DEMOCRATS, TRUMP_ADMIN, K10, mode="disapprove"),
        event("ACCUSE", GOMEZ, CARR, K11, mode="disapprove"),
        event("ACCUSE", WGA, ABC, K12, mode="disapprove"),
        event("PROTEST", HOLLYWOOD_PROTESTERS, ABC, K13, mode="demo", date="2025-09-18", location="Hollywood",
              location_country="USA"),
        event("COERCE", SINCLAIR, KIMMEL, K14, mode="censor"),
        event("REQUEST", SINCLAIR, KIMMEL, K15),
    ],
    "quotes": [
        quote("Die Sendung werde „bis auf Weiteres“ nicht ausgestrahlt", "spokesperson of ABC", "indirect"),
        quote("bis auf Weiteres", "spokesperson of ABC", "direct"),
        quote("er werde die Show auf seinen Stationen vorerst nicht mehr zeigen", "Nexstar Media Group", "indirect"),
        quote("die „MAGA-Bande“ versuche verzweifelt, den mutmaßlichen Todesschützen als etwas anderes darzustellen als "
              "„einen von ihnen“", "Jimmy Kimmel", "indirect"),
        quote("MAGA-Bande", "Jimmy Kimmel", "direct"),
        quote("einen von ihnen", "Jimmy Kimmel", "direct"),
        quote("das Verbrechen politisch auszuschlachten", "U.S. conservatives", "indirect"),
        quote("Wir können das auf die einfache oder auf die harte Tour machen", "Brendan Carr", "direct"),
        quote("großartige Nachricht für Amerika", "Donald Trump", "direct"),
        quote("Zensur", "Anna Gomez", "direct"),
    ],
    "entities": [
        entity("Los Angeles", "LOC", "USA", ["Los Angeles"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Charlie Kirk", "PER", "USA", ["des rechten Aktivisten Charlie Kirk", "Kirk"]),
        entity("ABC", "ORG", "USA", ["der US-Sender ABC", "des Senders", "ABC"]),
        entity("Jimmy Kimmel", "PER", "USA", ["Jimmy Kimmel", "Kimmel", "dem Moderator"]),
        entity("spokesperson of ABC", "PER", "USA", ["ein Sprecher des Senders"]),
        entity("Nexstar Media Group", "ORG", "USA", ["der Medienkonzern Nexstar", "Nexstar", "er"]),
        entity("ABC affiliate stations", "ORG", "USA", ["Dutzende ABC-Regionalsender", "zahlreiche ABC-Stationen"]),
        entity("MAGA movement", "ORG", "USA", ["MAGA-Bande", "einen von ihnen"]),
        entity("Tyler Robinson", "PER", "USA", ["den mutmaßlichen Todesschützen"]),
        entity("U.S. conservatives", "PER", "USA", ["Konservative"]),
        entity("Federal Communications Commission", "ORG", "USA", ["Medienaufsicht FCC", "der FCC"]),
        entity("Brendan Carr", "PER", "USA", ["Der Chef der Medienaufsicht FCC, Brendan Carr", "Carr",
                                              "des Behördenchefs"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("Truth Social", "ORG", "USA", ["Truth Social"]),
        entity("United States", "LOC", "USA", ["Amerika"]),
        entity("NBC", "ORG", "USA", ["den Sender NBC"]),
        entity("Jimmy Fallon", "PER", "USA", ["Jimmy Fallon"]),
        entity("Seth Meyers", "PER", "USA", ["Seth Meyers"]),
        entity("Democratic Party (United States)", "ORG", "USA", ["Führende Demokraten"]),
        entity("Trump administration", "ORG", "USA", ["der Regierung"]),
        entity("Anna Gomez", "PER", "USA", ["Die demokratische FCC-Kommissarin Anna Gomez"]),
        entity("Writers Guild of America", "ORG", "USA", ["Die Drehbuchautoren-Gewerkschaft Writers Guild of "
                                                          "America"]),
        entity("El Capitan Theatre", "LOC", "USA", ["dem El Capitan Theatre"]),
        entity("Hollywood", "LOC", "USA", ["Hollywood"]),
        entity("protesters in Hollywood", "PER", "USA", ["Dutzende Menschen"]),
        entity("Sinclair Broadcast Group", "ORG", "USA", ["die Sendergruppe Sinclair", "Sinclair"]),
        entity("family of Charlie Kirk", "PER", "USA", ["Kirks Familie"]),
        entity("Turning Point USA", "ORG", "USA", ["dessen Organisation Turning Point USA"]),
        entity("Utah Valley University", "ORG", "USA", ["einer Universität"]),
        entity("Utah", "LOC", "USA", ["Bundesstaat Utah"]),
        entity("Tegna", "ORG", "USA", ["des Konkurrenten Tegna"]),
    ],
}

# ---------------------------------------------------------------- hm381-en-01 (US/Mexico, gun lawsuit thrown out)
SCOTUS = actor("Supreme Court of the United States", "USA", "JUD")
MEX_GOV_5 = actor("Government of Mexico", "MEX", "GOV")
GUN_COMPANIES = actor("U.S. gun companies", "USA", "BUS")
BOSTON_JUDGE = actor("federal judge in Boston", "USA", "JUD")
FIRST_CIRCUIT = actor("U.S. Court of Appeals for the First Circuit", "USA", "JUD")
TRUMP_ADMIN_5 = actor("Trump administration", "USA", "GOV")
GOP_STATES = actor("Republican-led U.S. states", "USA", "GOV")
US_GOV_5 = actor("Government of the United States", "USA", "GOV")
NSSF = actor("National Shooting Sports Foundation", "USA", "BUS")
KEANE = actor("Lawrence Keane", "USA", "BUS")
BRADY = actor("Brady", "USA", "NGO")

G1 = ("WASHINGTON (AP) — The Supreme Court on Thursday unanimously threw out Mexico's $10 billion lawsuit against "
      "American gun manufacturers, ruling that a 2005 federal law shields the companies from the claims.")
G2 = ("Mexico had argued that the companies' business practices fueled the flow of weapons to drug cartels that have "
      "terrorized the country for years.")
G3 = ("Writing for the court, Justice Elena Kagan said Mexico had failed to show that the gun makers \"aided and "
      "abetted\" illegal sales to traffickers.")
G4 = "\"Mexico's complaint does not plausibly allege such aiding and abetting,\" Kagan wrote."
G5 = ("Mexico filed the lawsuit in federal court in Boston in 2021 against eight U.S. gun companies, including Smith & "
      "Wesson, Beretta and Colt.")
G6 = ("It accused them of designing and marketing military-style rifles in ways they knew would appeal to "
      "cartels.")
G7 = "A federal judge dismissed the case in 2022, but an appeals court revived it last year."
G8 = "The Trump administration and more than two dozen Republican-led states had sided with the companies."
G9 = ("Mexican President Claudia Sheinbaum said the ruling would not end her government's efforts to stop the flow of "
      "American weapons across the border.")
G10 = ("\"The weapons that kill Mexicans come from the United States, and the companies know it,\" Sheinbaum said on "
       "Friday at her daily news conference.")
G11 = ("She urged Washington to do more to stop gun trafficking and said Mexico would press ahead with a separate "
       "lawsuit against five gun dealers in Arizona.")
G12 = ("Mexican officials estimate that about 70% of the guns recovered at crime scenes in the country were smuggled "
       "from the United States.")
G13 = ("The National Shooting Sports Foundation, the firearms industry's trade association, called the decision \"a "
       "historic victory.\"")
G14 = ("Lawrence Keane, the group's general counsel, said Mexico should \"look in the mirror\" and crack down on "
       "corruption in its own ranks instead of blaming American businesses.")
G15 = ("Brady, a gun violence prevention group, said the justices had put the industry's profits ahead of lives on "
       "both sides of the border.")
G16 = "Mexico has only one legal gun store, run by the army in Mexico City, and tightly restricts civilian ownership."
G17 = ("The ruling comes as Sheinbaum's government faces pressure from President Donald Trump, who has threatened "
       "steep tariffs unless Mexico does more to curb fentanyl trafficking.")

EN01 = {
    "id": "hm381-en-01", "lang": "en", "url": None, "published": "2025-06-06",
    "title": "Supreme Court throws out Mexico's $10 billion lawsuit against US gun makers",
    "text": paragraphs([G1, G2], [G3, G4], [G5, G6, G7, G8], [G9, G10, G11, G12], [G13, G14, G15],
                       [G16, G17]),
    "events": [
        event("REJECT", SCOTUS, MEX_GOV_5, G1, date="2025-06-05", location="Washington", location_country="USA"),
        event("ACCUSE", MEX_GOV_5, GUN_COMPANIES, G2, mode="allege"),
        event("ACCUSE", MEX_GOV_5, GUN_COMPANIES, G5, mode="allege", location="Boston", location_country="USA"),
        event("ACCUSE", MEX_GOV_5, GUN_COMPANIES, G6, mode="allege"),
        event("REJECT", BOSTON_JUDGE, MEX_GOV_5, G7),
        event("SUPPORT", FIRST_CIRCUIT, MEX_GOV_5, G7),
        event("SUPPORT", TRUMP_ADMIN_5, GUN_COMPANIES, G8),
        event("SUPPORT", GOP_STATES, GUN_COMPANIES, G8),
        event("ACCUSE", SHEINBAUM, GUN_COMPANIES, G10, mode="allege", date="2025-06-06"),
        event("REQUEST", SHEINBAUM, US_GOV_5, G11, mode="change"),
        event("SUPPORT", NSSF, SCOTUS, G13),
        event("ACCUSE", KEANE, MEX_GOV_5, G14, mode="disapprove"),
        event("REQUEST", KEANE, MEX_GOV_5, G14, mode="change"),
        event("ACCUSE", BRADY, SCOTUS, G15, mode="disapprove"),
        event("THREATEN", TRUMP, MEX_GOV_5, G17),
    ],
    "quotes": [
        quote("a 2005 federal law shields the companies from the claims", "Supreme Court of the United States",
              "indirect"),
        quote("the companies' business practices fueled the flow of weapons to drug cartels that have terrorized the "
              "country for years", "Government of Mexico", "indirect"),
        quote("Mexico had failed to show that the gun makers \"aided and abetted\" illegal sales to traffickers",
              "Elena Kagan", "indirect"),
        quote("aided and abetted", "Elena Kagan", "direct"),
        quote("Mexico's complaint does not plausibly allege such aiding and abetting", "Elena Kagan", "direct"),
        quote("the ruling would not end her government's efforts to stop the flow of American weapons across the "
              "border", "Claudia Sheinbaum", "indirect"),
        quote("The weapons that kill Mexicans come from the United States, and the companies know it",
              "Claudia Sheinbaum", "direct"),
        quote("Mexico would press ahead with a separate lawsuit against five gun dealers in Arizona", "Claudia Sheinbaum",
              "indirect"),
        quote("about 70% of the guns recovered at crime scenes in the country were smuggled from the United States",
              "Mexican officials", "indirect"),
        quote("a historic victory", "National Shooting Sports Foundation", "direct"),
        quote("Mexico should \"look in the mirror\" and crack down on corruption in its own ranks instead of blaming "
              "American businesses", "Lawrence Keane", "indirect"),
        quote("look in the mirror", "Lawrence Keane", "direct"),
        quote("the justices had put the industry's profits ahead of lives on both sides of the border", "Brady",
              "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
        entity("Supreme Court of the United States", "ORG", "USA", ["The Supreme Court", "the court",
                                                                    "the justices"]),
        entity("Mexico", "LOC", "MEX", ["Mexico", "the country"]),
        entity("U.S. gun companies", "ORG", "USA", ["American gun manufacturers", "the companies", "the gun makers",
                                                    "eight U.S. gun companies", "them"]),
        entity("drug cartels", "ORG", "MEX", ["drug cartels", "cartels"]),
        entity("Elena Kagan", "PER", "USA", ["Justice Elena Kagan", "Kagan"]),
        entity("Boston", "LOC", "USA", ["Boston"]),
        entity("Smith & Wesson", "ORG", "USA", ["Smith & Wesson"]),
        entity("Beretta", "ORG", "ITA", ["Beretta"]),
        entity("Colt", "ORG", "USA", ["Colt"]),
        entity("federal judge in Boston", "PER", "USA", ["A federal judge"]),
        entity("U.S. Court of Appeals for the First Circuit", "ORG", "USA", ["an appeals court"]),
        entity("Trump administration", "ORG", "USA", ["The Trump administration"]),
        entity("Republican-led U.S. states", "ORG", "USA", ["more than two dozen Republican-led states"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexican President Claudia Sheinbaum", "Sheinbaum", "She"]),
        entity("Government of Mexico", "ORG", "MEX", ["her government", "Sheinbaum's government"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("five gun dealers in Arizona", "ORG", "USA", ["five gun dealers in Arizona"]),
        entity("Arizona", "LOC", "USA", ["Arizona"]),
        entity("Mexican officials", "PER", "MEX", ["Mexican officials"]),
        entity("National Shooting Sports Foundation", "ORG", "USA", ["The National Shooting Sports Foundation",
                                                                     "the group"]),
        entity("Lawrence Keane", "PER", "USA", ["Lawrence Keane"]),
        entity("Brady", "ORG", "USA", ["Brady"]),
        entity("Mexican Army", "ORG", "MEX", ["the army"]),
        entity("Mexico City", "LOC", "MEX", ["Mexico City"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
    ],
}

# ---------------------------------------------------------------- hm381-en-02 (Canada/China, TikTok wind-up order)
CAN_GOV_6 = actor("Government of Canada", "CAN", "GOV")
TIKTOK = actor("TikTok", "MNC", "BUS")
CHAMPAGNE = actor("François-Philippe Champagne", "CAN", "GOV")
BYTEDANCE = actor("ByteDance", "CHN", "BUS")
CHN_MOFCOM = actor("Ministry of Commerce of China", "CHN", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
US_GOV_6 = actor("Government of the United States", "USA", "GOV")
CHONG = actor("Michael Chong", "CAN", "OPP")

T1 = ("OTTAWA (Reuters) - Canada on Wednesday ordered TikTok to wind up its business in the country following a "
      "national security review of the Chinese-owned short-video app, but it will not block Canadians' access to the "
      "app.")
T2 = ("Industry Minister François-Philippe Champagne said the order was meant to address \"specific national security "
      "risks\" related to ByteDance Ltd's establishment of TikTok Technology Canada Inc.")
T3 = ("He did not elaborate, saying only that the decision was based on information and evidence collected during the "
      "review and on advice from Canada's security and intelligence community.")
T4 = "\"The decision to use a social media application or platform is a personal choice,\" Champagne said in a statement."
T5 = ("TikTok said closing its offices in Toronto and Vancouver was \"not in anyone's best interest\" and would cost "
      "hundreds of well-paid local jobs.")
T6 = ("\"We will challenge this order in court,\" a company spokesperson said, adding that the app would remain "
      "available to Canadian users.")
T7 = ("China's Commerce Ministry said on Thursday it firmly opposed the decision and urged Ottawa to provide a fair, "
      "transparent and non-discriminatory environment for Chinese companies.")
T8 = ("A ministry spokesperson accused Canada of \"overstretching the concept of national security\" to suppress "
      "Chinese firms.")
T9 = "Ottawa had ordered the review in September 2023 but did not make it public until months later."
T10 = ("Canada banned TikTok from government-issued mobile devices in February 2023, citing an \"unacceptable\" level "
       "of risk to privacy and security.")
T11 = ("In the United States, President Joe Biden signed a law in April that requires ByteDance to sell TikTok's U.S. "
       "assets by Jan. 19 or face a ban.")
T12 = ("TikTok and ByteDance have sued to block the law, arguing that it violates free speech protections in the U.S. "
       "Constitution.")
T13 = ("Conservative foreign affairs critic Michael Chong said the Liberal government had taken far too long to act "
       "against a company that its own security agencies had warned about.")
T14 = "TikTok has about 14 million monthly users in Canada, according to the company."
T15 = ("Several Canadian creators who earn a living on the platform said they feared losing the local staff who help "
       "them with advertising deals.")

EN02 = {
    "id": "hm381-en-02", "lang": "en", "url": None, "published": "2024-11-07",
    "title": "Canada orders TikTok to shut down Canadian business, app stays available",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6], [T7, T8], [T9, T10, T11, T12], [T13, T14, T15]),
    "events": [
        event("COERCE", CAN_GOV_6, TIKTOK, T1, mode="ban", date="2024-11-06", location_country="CAN"),
        event("COERCE", CAN_GOV_6, TIKTOK, T1, mode="censor", location_country="CAN", negated=True),
        event("ACCUSE", CHAMPAGNE, BYTEDANCE, T2, mode="allege"),
        event("ACCUSE", TIKTOK, CAN_GOV_6, T5, mode="disapprove"),
        event("THREATEN", TIKTOK, CAN_GOV_6, T6),
        event("ACCUSE", CHN_MOFCOM, CAN_GOV_6, T7, mode="disapprove", date="2024-11-07"),
        event("REQUEST", CHN_MOFCOM, CAN_GOV_6, T7, mode="change", date="2024-11-07"),
        event("ACCUSE", CHN_MOFCOM, CAN_GOV_6, T8, mode="allege"),
        event("ACCUSE", CAN_GOV_6, TIKTOK, T9, mode="investigate"),
        event("COERCE", CAN_GOV_6, TIKTOK, T10, mode="ban"),
        event("THREATEN", BIDEN, BYTEDANCE, T11, mode="ban"),
        event("ACCUSE", TIKTOK, US_GOV_6, T12, mode="allege"),
        event("ACCUSE", BYTEDANCE, US_GOV_6, T12, mode="allege"),
        event("ACCUSE", CHONG, CAN_GOV_6, T13, mode="disapprove"),
    ],
    "quotes": [
        quote("the order was meant to address \"specific national security risks\" related to ByteDance Ltd's "
              "establishment of TikTok Technology Canada Inc", "François-Philippe Champagne", "indirect"),
        quote("specific national security risks", "François-Philippe Champagne", "direct"),
        quote("the decision was based on information and evidence collected during the review and on advice from "
              "Canada's security and intelligence community", "François-Philippe Champagne", "indirect"),
        quote("The decision to use a social media application or platform is a personal choice",
              "François-Philippe Champagne", "direct"),
        quote("closing its offices in Toronto and Vancouver was \"not in anyone's best interest\" and would cost "
              "hundreds of well-paid local jobs", "TikTok", "indirect"),
        quote("not in anyone's best interest", "TikTok", "direct"),
        quote("We will challenge this order in court", "TikTok spokesperson", "direct"),
        quote("the app would remain available to Canadian users", "TikTok spokesperson", "indirect"),
        quote("it firmly opposed the decision", "Ministry of Commerce of China", "indirect"),
        quote("overstretching the concept of national security", "spokesperson of the Ministry of Commerce of China",
              "direct"),
        quote("unacceptable", "Government of Canada", "direct"),
        quote("it violates free speech protections in the U.S. Constitution", "TikTok", "indirect"),
        quote("the Liberal government had taken far too long to act against a company that its own security agencies "
              "had warned about", "Michael Chong", "indirect"),
        quote("TikTok has about 14 million monthly users in Canada", "TikTok", "indirect"),
        quote("they feared losing the local staff who help them with advertising deals", "Canadian TikTok creators",
              "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["OTTAWA"]),
        entity("Canada", "LOC", "CAN", ["Canada", "the country"]),
        entity("Government of Canada", "ORG", "CAN", ["Ottawa", "the Liberal government"]),
        entity("TikTok", "ORG", "CHN", ["TikTok", "the Chinese-owned short-video app", "the app", "the company",
                                        "the platform"]),
        entity("François-Philippe Champagne", "PER", "CAN", ["Industry Minister François-Philippe Champagne",
                                                             "Champagne", "He"]),
        entity("ByteDance", "ORG", "CHN", ["ByteDance Ltd", "ByteDance"]),
        entity("TikTok Technology Canada", "ORG", "CAN", ["TikTok Technology Canada Inc"]),
        entity("Canadian security and intelligence community", "ORG", "CAN",
               ["Canada's security and intelligence community", "its own security agencies"]),
        entity("Toronto", "LOC", "CAN", ["Toronto"]),
        entity("Vancouver", "LOC", "CAN", ["Vancouver"]),
        entity("TikTok spokesperson", "PER", "CHN", ["a company spokesperson"]),
        entity("Ministry of Commerce of China", "ORG", "CHN", ["China's Commerce Ministry"]),
        entity("spokesperson of the Ministry of Commerce of China", "PER", "CHN", ["A ministry spokesperson"]),
        entity("Chinese companies", "ORG", "CHN", ["Chinese companies", "Chinese firms"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden"]),
        entity("Michael Chong", "PER", "CAN", ["Conservative foreign affairs critic Michael Chong"]),
        entity("Canadian TikTok creators", "PER", "CAN", ["Several Canadian creators"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
