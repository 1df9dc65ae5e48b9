"""Round 220: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm220-de-01: Third night of anti-migrant riots in Ballymena, Northern Ireland; attacks on police and migrant homes, the Larne leisure centre set alight, arrests, Boutcher asks Police Scotland for help, O'Neill, Little-Pengelly and Starmer react (2025-06-12).
- hm220-de-02: The European Court of Human Rights rules that Switzerland violated the rights of the KlimaSeniorinnen by failing on climate protection; Thunberg and Greenpeace welcome it, Rösti and the SVP object, no exit from the Council of Europe (2024-04-09).
- hm220-de-03: The UN commission of inquiry on Ukraine calls Russian drone attacks on civilians in Kherson crimes against humanity; Kyiv welcomes the report and hands evidence to the ICC, Moscow refuses access and Zakharova rejects it (2025-05-28).
- hm220-de-04: A Moscow court sentences French researcher Laurent Vinatier to three years for failing to register as a foreign agent; he pleaded guilty, Paris and the HD Centre demand his release, Peskov silent on an exchange (2024-10-14).
- hm220-en-01: A Manhattan jury convicts Donald Trump on all 34 counts in the hush-money case; Trump attacks Merchan and Biden, Bragg defends the case, Johnson and Republican senators react, Biden's campaign comments (2024-05-31).
- hm220-en-02: Arson attacks cripple France's high-speed rail network before the Olympic opening ceremony; prosecutors investigate, Attal and Vergriete condemn, Darmanin deploys police, European services share intelligence (2024-07-27).
"""
from annotate import actor, entity, event, paragraphs, quote

# --- hm220-de-01: Ballymena riots -------------------------------------------------------------
RIOTERS_NI = actor("Ballymena rioters", "GBR", "CVL")
PSNI = actor("Police Service of Northern Ireland", "GBR", "COP")
TEENS = actor("Two 14-year-old boys", None, "CVL")
MIGRANTS_NI = actor("Migrant families in Northern Ireland", None, "CVL")
ARSONISTS_NI = actor("Unknown attackers in Larne", "GBR", "CVL")
NI_AUTH = actor("Northern Ireland authorities", "GBR", "GOV")
BOUTCHER = actor("Jon Boutcher", "GBR", "COP")
POLICE_SCOT = actor("Police Scotland", "GBR", "COP")
ONEILL = actor("Michelle O'Neill", "GBR", "GOV")
PENGELLY = actor("Emma Little-Pengelly", "GBR", "GOV")
STARMER = actor("Keir Starmer", "GBR", "GOV")
NI_PUBLIC = actor("People of Northern Ireland", "GBR", "CVL")
BALLYMENA_RES = actor("Ballymena residents", "GBR", "CVL")

H1 = ("In der nordirischen Stadt Ballymena haben Randalierer die dritte Nacht in Folge Polizisten mit "
      "Brandsätzen, Steinen und Feuerwerkskörpern angegriffen.")
H2 = "Die Beamten setzten Wasserwerfer und Gummigeschosse ein, 17 von ihnen wurden verletzt."
H3 = ("Auslöser der Krawalle ist der mutmaßliche sexuelle Übergriff auf ein Mädchen, für den zwei 14-Jährige "
      "angeklagt wurden.")
H4 = "Die beiden Jungen hatten vor Gericht einen Dolmetscher für Rumänisch benötigt."
H5 = ("Nach Angaben der Polizei griffen Vermummte gezielt Häuser zugewanderter Familien an und legten in "
      "mehreren davon Feuer.")
H6 = ("In der Nachbarstadt Larne setzten Unbekannte am Mittwoch ein Freizeitzentrum in Brand, in dem die "
      "Behörden geflüchtete Familien vorübergehend untergebracht hatten.")
H7 = "Die Polizei nahm bislang 15 Verdächtige fest."
H8 = ("Polizeichef Jon Boutcher sprach von „rassistischem Schlägertum“ und bat die schottische Polizei um "
      "Verstärkung.")
H9 = "Die schottische Polizei sagte die Entsendung von rund 100 Beamten zu."
H10 = ("Regierungschefin Michelle O'Neill und ihre Stellvertreterin Emma Little-Pengelly verurteilten die "
       "Gewalt gemeinsam.")
H11 = "„Das hat nichts mit dem Schutz von Frauen und Mädchen zu tun“, erklärte O'Neill."
H12 = ("Der britische Premierminister Keir Starmer rief die Bevölkerung auf, der Polizei bei der Suche nach den "
       "Tätern zu helfen.")
H13 = "Am Montag hatten in Ballymena zunächst Hunderte Menschen friedlich gegen sexuelle Gewalt demonstriert."

DE01 = {
    "id": "hm220-de-01", "lang": "de", "url": None, "published": "2025-06-12",
    "title": "Dritte Krawallnacht in Nordirland – Angriffe auf Polizei und Zuwanderer",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11, H12, H13]),
    "events": [
        event("ASSAULT", RIOTERS_NI, PSNI, H1, mode="primitive", location="Ballymena", location_country="GBR"),
        event("ASSAULT", PSNI, RIOTERS_NI, H2, mode="crowd-control", location="Ballymena", location_country="GBR"),
        event("ACCUSE", PSNI, TEENS, H3, mode="allege"),
        event("ASSAULT", RIOTERS_NI, MIGRANTS_NI, H5, mode="primitive", location="Ballymena",
              location_country="GBR"),
        event("ASSAULT", ARSONISTS_NI, MIGRANTS_NI, H6, mode="primitive", location="Larne", location_country="GBR"),
        event("AID", NI_AUTH, MIGRANTS_NI, H6, location="Larne", location_country="GBR"),
        event("COERCE", PSNI, RIOTERS_NI, H7, mode="arrest"),
        event("ACCUSE", BOUTCHER, RIOTERS_NI, H8, mode="disapprove"),
        event("REQUEST", BOUTCHER, POLICE_SCOT, H8, mode="assist"),
        event("AGREE", POLICE_SCOT, PSNI, H9),
        event("ACCUSE", ONEILL, RIOTERS_NI, H10, mode="disapprove"),
        event("ACCUSE", PENGELLY, RIOTERS_NI, H10, mode="disapprove"),
        event("ACCUSE", ONEILL, RIOTERS_NI, H11, mode="disapprove"),
        event("REQUEST", STARMER, NI_PUBLIC, H12, mode="assist"),
        event("PROTEST", BALLYMENA_RES, None, H13, mode="demo", location="Ballymena", location_country="GBR"),
    ],
    "quotes": [
        quote("griffen Vermummte gezielt Häuser zugewanderter Familien an und legten in mehreren davon Feuer",
              "Police Service of Northern Ireland", "indirect"),
        quote("rassistischem Schlägertum", "Jon Boutcher", "direct"),
        quote("Das hat nichts mit dem Schutz von Frauen und Mädchen zu tun", "Michelle O'Neill", "direct"),
        quote("der Polizei bei der Suche nach den Tätern zu helfen", "Keir Starmer", "indirect"),
    ],
    "entities": [
        entity("Northern Ireland", "GPE", "GBR", ["nordirischen"]),
        entity("Ballymena", "LOC", "GBR", ["Stadt Ballymena", "Ballymena"]),
        entity("Ballymena rioters", "ORG", "GBR", ["Randalierer", "Vermummte"]),
        entity("Police Service of Northern Ireland", "ORG", "GBR",
               ["Polizisten", "Die Beamten", "der Polizei", "Die Polizei"]),
        entity("Two 14-year-old boys", "ORG", None, ["zwei 14-Jährige", "Die beiden Jungen"]),
        entity("Migrant families in Northern Ireland", "ORG", None,
               ["zugewanderter Familien", "geflüchtete Familien"]),
        entity("Larne", "LOC", "GBR", ["In der Nachbarstadt Larne"]),
        entity("Unknown attackers in Larne", "ORG", "GBR", ["Unbekannte"]),
        entity("Larne leisure centre", "LOC", "GBR", ["ein Freizeitzentrum"]),
        entity("Northern Ireland authorities", "ORG", "GBR", ["die Behörden"]),
        entity("Jon Boutcher", "PER", "GBR", ["Polizeichef Jon Boutcher"]),
        entity("Police Scotland", "ORG", "GBR", ["die schottische Polizei", "Die schottische Polizei"]),
        entity("Michelle O'Neill", "PER", "GBR", ["Regierungschefin Michelle O'Neill", "O'Neill"]),
        entity("Emma Little-Pengelly", "PER", "GBR", ["ihre Stellvertreterin Emma Little-Pengelly"]),
        entity("Keir Starmer", "PER", "GBR", ["Der britische Premierminister Keir Starmer"]),
        entity("People of Northern Ireland", "ORG", "GBR", ["die Bevölkerung"]),
        entity("Ballymena residents", "ORG", "GBR", ["Hunderte Menschen"]),
    ],
}

# --- hm220-de-02: ECHR climate ruling against Switzerland -------------------------------------
ECHR = actor("European Court of Human Rights", "IGO", "JUD")
SWITZERLAND = actor("Switzerland", "CHE", "GOV")
KLIMA = actor("KlimaSeniorinnen", "CHE", "NGO")
WYDLER = actor("Rosmarie Wydler-Wälti", "CHE", "NGO")
THUNBERG = actor("Greta Thunberg", "SWE", "CVL")
GREENPEACE_CH = actor("Greenpeace Switzerland", "CHE", "NGO")
FED_COUNCIL = actor("Swiss Federal Council", "CHE", "GOV")
ROESTI = actor("Albert Rösti", "CHE", "GOV")
SVP = actor("Swiss People's Party", "CHE", "PTY")
AESCHI = actor("Thomas Aeschi", "CHE", "LEG")
COE = actor("Council of Europe", "IGO", "IGO")

K1 = ("Der Europäische Gerichtshof für Menschenrechte hat die Schweiz wegen unzureichenden Klimaschutzes "
      "verurteilt.")
K2 = ("Mit 16 zu einer Stimme befanden die Richter in Straßburg am Dienstag, Bern habe das Recht älterer Frauen "
      "auf Achtung ihres Privat- und Familienlebens verletzt.")
K3 = "Geklagt hatte der Verein KlimaSeniorinnen, dem mehr als 2000 Frauen über 64 Jahren angehören."
K4 = "Zwei ähnliche Klagen scheiterten dagegen aus formalen Gründen."
K5 = ("„Wir haben gewonnen, und zwar für alle Generationen“, sagte Vereinspräsidentin Rosmarie Wydler-Wälti "
      "vor dem Gerichtsgebäude.")
K6 = ("Die Klimaaktivistin Greta Thunberg, die die Verkündung in Straßburg verfolgt hatte, sprach von einem "
      "„historischen“ Urteil.")
K7 = "Greenpeace Schweiz forderte den Bundesrat auf, die Klimaziele des Landes rasch zu verschärfen."
K8 = "Das Bundesamt für Justiz kündigte an, das Urteil zusammen mit den zuständigen Behörden zu analysieren."
K9 = "Umweltminister Albert Rösti kritisierte, das Urteil schränke den Spielraum der Politik ein."
K10 = "Die Schweizerische Volkspartei verlangte sogar, dass die Schweiz aus dem Europarat austritt."
K11 = ("Das Gericht mische sich in die Politik ein und missachte den Willen der Stimmberechtigten, erklärte "
       "SVP-Fraktionschef Thomas Aeschi.")
K12 = "Ein Austritt stehe nicht zur Debatte, hieß es dagegen aus dem Bundeshaus."

DE02 = {
    "id": "hm220-de-02", "lang": "de", "url": None, "published": "2024-04-09",
    "title": "Menschenrechtsgericht verurteilt die Schweiz wegen mangelnden Klimaschutzes",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7], [K8, K9, K10, K11, K12]),
    "events": [
        event("SANCTION", ECHR, SWITZERLAND, K1, mode="convict"),
        event("SANCTION", ECHR, SWITZERLAND, K2, mode="convict", location="Strasbourg", location_country="FRA"),
        event("ACCUSE", KLIMA, SWITZERLAND, K3, mode="allege"),
        event("SUPPORT", WYDLER, ECHR, K5),
        event("SUPPORT", THUNBERG, ECHR, K6),
        event("REQUEST", GREENPEACE_CH, FED_COUNCIL, K7, mode="change"),
        event("ACCUSE", ROESTI, ECHR, K9, mode="disapprove"),
        event("REQUEST", SVP, FED_COUNCIL, K10, mode="change"),
        event("ACCUSE", AESCHI, ECHR, K11, mode="disapprove"),
        event("SANCTION", FED_COUNCIL, COE, K12, mode="withdraw", negated=True),
    ],
    "quotes": [
        quote("Bern habe das Recht älterer Frauen auf Achtung ihres Privat- und Familienlebens verletzt",
              "European Court of Human Rights", "indirect"),
        quote("Wir haben gewonnen, und zwar für alle Generationen", "Rosmarie Wydler-Wälti", "direct"),
        quote("historischen", "Greta Thunberg", "direct"),
        quote("die Klimaziele des Landes rasch zu verschärfen", "Greenpeace Switzerland", "indirect"),
        quote("das Urteil zusammen mit den zuständigen Behörden zu analysieren", "Federal Office of Justice",
              "indirect"),
        quote("das Urteil schränke den Spielraum der Politik ein", "Albert Rösti", "indirect"),
        quote("dass die Schweiz aus dem Europarat austritt", "Swiss People's Party", "indirect"),
        quote("Das Gericht mische sich in die Politik ein und missachte den Willen der Stimmberechtigten",
              "Thomas Aeschi", "indirect"),
        quote("Ein Austritt stehe nicht zur Debatte", "Swiss federal government sources", "indirect"),
    ],
    "entities": [
        entity("European Court of Human Rights", "ORG", "IGO",
               ["Der Europäische Gerichtshof für Menschenrechte", "die Richter", "Das Gericht"]),
        entity("Switzerland", "GPE", "CHE", ["die Schweiz", "Bern"]),
        entity("Strasbourg", "LOC", "FRA", ["Straßburg"]),
        entity("KlimaSeniorinnen", "ORG", "CHE", ["der Verein KlimaSeniorinnen"]),
        entity("Rosmarie Wydler-Wälti", "PER", "CHE", ["Vereinspräsidentin Rosmarie Wydler-Wälti"]),
        entity("Greta Thunberg", "PER", "SWE", ["Die Klimaaktivistin Greta Thunberg"]),
        entity("Greenpeace Switzerland", "ORG", "CHE", ["Greenpeace Schweiz"]),
        entity("Swiss Federal Council", "ORG", "CHE", ["den Bundesrat"]),
        entity("Federal Office of Justice", "ORG", "CHE", ["Das Bundesamt für Justiz"]),
        entity("Albert Rösti", "PER", "CHE", ["Umweltminister Albert Rösti"]),
        entity("Swiss People's Party", "ORG", "CHE", ["Die Schweizerische Volkspartei", "SVP"]),
        entity("Council of Europe", "ORG", "IGO", ["dem Europarat"]),
        entity("Thomas Aeschi", "PER", "CHE", ["SVP-Fraktionschef Thomas Aeschi"]),
        entity("Federal Palace of Switzerland", "LOC", "CHE", ["dem Bundeshaus"]),
    ],
}

# --- hm220-de-03: UN inquiry on Kherson drone attacks -------------------------------------------
COI = actor("UN Independent International Commission of Inquiry on Ukraine", "UNO", "IGO")
RUSSIA = actor("Russia", "RUS", "GOV")
RUS_FORCES = actor("Russian armed forces", "RUS", "MIL")
MOSE = actor("Erik Møse", "UNO", "IGO")
KHERSON_CIV = actor("Civilians in Kherson", "UKR", "CVL")
KHERSON_ADMIN = actor("Kherson Regional Military Administration", "UKR", "GOV")
UKR_MFA = actor("Ukrainian Foreign Ministry", "UKR", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
ICC = actor("International Criminal Court", "IGO", "JUD")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")

L1 = ("Eine Untersuchungskommission der Vereinten Nationen hat Russland Verbrechen gegen die Menschlichkeit in "
      "der südukrainischen Region Cherson vorgeworfen.")
L2 = ("Russische Soldaten hätten über Monate mit Drohnen gezielt Jagd auf Zivilisten gemacht, heißt es in dem "
      "am Mittwoch in Genf vorgelegten Bericht.")
L3 = "Die Ermittler werteten Hunderte Videos aus und befragten mehr als 200 Zeugen."
L4 = ("„Die russischen Streitkräfte verbreiten gezielt Angst und Schrecken unter der Bevölkerung“, sagte "
      "Kommissionschef Erik Møse.")
L5 = ("Am Dienstag töteten russische Drohnen in Cherson zwei Menschen, darunter einen Busfahrer, wie die "
      "Militärverwaltung mitteilte.")
L6 = "Die Behörden bringen Bewohner der Uferviertel seit Wochen mit gepanzerten Bussen in Sicherheit."
L7 = ("Das Außenministerium in Kiew begrüßte den Bericht und forderte, die Verantwortlichen vor Gericht zu "
      "stellen.")
L8 = ("Kiew habe dem Internationalen Strafgerichtshof bereits umfangreiches Beweismaterial übergeben, sagte "
      "Sprecher Heorhij Tychyj.")
L9 = "Moskau lehnte die Bitte der Kommission um Zugang zu den besetzten Gebieten ab."
L10 = "Außenamtssprecherin Maria Sacharowa nannte den Bericht eine „Auftragsarbeit“ westlicher Regierungen."
L11 = "Die russische Armee greife ausschließlich militärische Ziele an, sagte sie."
L12 = "Die Kommission will ihre Ergebnisse im Juni dem UN-Menschenrechtsrat vorlegen."

DE03 = {
    "id": "hm220-de-03", "lang": "de", "url": None, "published": "2025-05-28",
    "title": "UN-Kommission wirft Russland Verbrechen gegen die Menschlichkeit in Cherson vor",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8], [L9, L10, L11, L12]),
    "events": [
        event("ACCUSE", COI, RUSSIA, L1, mode="allege"),
        event("ACCUSE", COI, RUSSIA, L2, mode="allege", location="Geneva", location_country="CHE"),
        event("ACCUSE", COI, RUSSIA, L3, mode="investigate"),
        event("ACCUSE", MOSE, RUS_FORCES, L4, mode="allege"),
        event("ASSAULT", RUS_FORCES, KHERSON_CIV, L5, mode="drone", location="Kherson", location_country="UKR"),
        event("AID", KHERSON_ADMIN, KHERSON_CIV, L6, location="Kherson", location_country="UKR"),
        event("SUPPORT", UKR_MFA, COI, L7),
        event("REQUEST", UKR_MFA, None, L7, mode="change"),
        event("COOPERATE", UKRAINE, ICC, L8),
        event("REQUEST", COI, RUSSIA, L9, mode="assist"),
        event("REJECT", RUSSIA, COI, L9, mode="assist"),
        event("ACCUSE", ZAKHAROVA, COI, L10, mode="disapprove"),
    ],
    "quotes": [
        quote("Russische Soldaten hätten über Monate mit Drohnen gezielt Jagd auf Zivilisten gemacht",
              "UN Independent International Commission of Inquiry on Ukraine", "indirect"),
        quote("Die russischen Streitkräfte verbreiten gezielt Angst und Schrecken unter der Bevölkerung",
              "Erik Møse", "direct"),
        quote("Am Dienstag töteten russische Drohnen in Cherson zwei Menschen, darunter einen Busfahrer",
              "Kherson Regional Military Administration", "indirect"),
        quote("die Verantwortlichen vor Gericht zu stellen", "Ukrainian Foreign Ministry", "indirect"),
        quote("Kiew habe dem Internationalen Strafgerichtshof bereits umfangreiches Beweismaterial übergeben",
              "Heorhii Tykhyi", "indirect"),
        quote("Auftragsarbeit", "Maria Zakharova", "direct"),
        quote("Die russische Armee greife ausschließlich militärische Ziele an", "Maria Zakharova", "indirect"),
    ],
    "entities": [
        entity("UN Independent International Commission of Inquiry on Ukraine", "ORG", "UNO",
               ["Eine Untersuchungskommission der Vereinten Nationen", "Die Ermittler", "der Kommission",
                "Die Kommission"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Kherson", "LOC", "UKR", ["der südukrainischen Region Cherson", "Cherson"]),
        entity("Russian armed forces", "ORG", "RUS",
               ["Russische Soldaten", "Die russischen Streitkräfte", "russische Drohnen", "Die russische Armee"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Erik Møse", "PER", "UNO", ["Kommissionschef Erik Møse"]),
        entity("Kherson Regional Military Administration", "ORG", "UKR", ["die Militärverwaltung", "Die Behörden"]),
        entity("Civilians in Kherson", "ORG", "UKR", ["Zivilisten", "zwei Menschen", "Bewohner der Uferviertel"]),
        entity("Ukrainian Foreign Ministry", "ORG", "UKR", ["Das Außenministerium in Kiew"]),
        entity("Kyiv", "GPE", "UKR", ["Kiew"]),
        entity("International Criminal Court", "ORG", "IGO", ["dem Internationalen Strafgerichtshof"]),
        entity("Heorhii Tykhyi", "PER", "UKR", ["Sprecher Heorhij Tychyj"]),
        entity("Moscow", "GPE", "RUS", ["Moskau"]),
        entity("Maria Zakharova", "PER", "RUS", ["Außenamtssprecherin Maria Sacharowa", "sie"]),
        entity("UN Human Rights Council", "ORG", "UNO", ["dem UN-Menschenrechtsrat"]),
    ],
}

# --- hm220-de-04: Vinatier sentenced in Moscow -----------------------------------------------
MOSCOW_COURT = actor("Zamoskvoretsky District Court", "RUS", "JUD")
VINATIER = actor("Laurent Vinatier", "FRA", "NGO")
RUS_PROSEC = actor("Russian prosecutors", "RUS", "JUD")
FRA_MFA = actor("French Foreign Ministry", "FRA", "GOV")
RUSSIA2 = actor("Russia", "RUS", "GOV")
HD_CENTRE = actor("Centre for Humanitarian Dialogue", "NGO", "NGO")
LEVY = actor("Pierre Lévy", "FRA", "GOV")
INV_COMMITTEE = actor("Investigative Committee of Russia", "RUS", "COP")

V1 = ("Ein Moskauer Gericht hat den französischen Politikwissenschaftler Laurent Vinatier zu drei Jahren "
      "Straflager verurteilt.")
V2 = ("Der 48-Jährige habe Informationen über das russische Militär gesammelt, ohne sich als „ausländischer "
      "Agent“ registrieren zu lassen, befand die Richterin am Montag.")
V3 = "Die Staatsanwaltschaft hatte drei Jahre und drei Monate Haft gefordert."
V4 = ("Vinatier, der für die Schweizer Organisation Centre for Humanitarian Dialogue arbeitete, hatte sich "
      "schuldig bekannt und um Nachsicht gebeten.")
V5 = "„Ich habe nicht verstanden, dass ich mich hätte registrieren müssen“, sagte er in seinem Schlusswort."
V6 = "Das Außenministerium in Paris verlangte die sofortige Freilassung des Forschers."
V7 = ("Er sei Opfer einer Politik der Geiselnahme, die Moskau gegen westliche Staatsbürger betreibe, hieß es "
      "in einer Erklärung.")
V8 = ("Präsident Emmanuel Macron hatte bereits im Sommer bestritten, dass Vinatier für den französischen Staat "
      "tätig gewesen sei.")
V9 = "Auch das Centre for Humanitarian Dialogue forderte, ihn freizulassen."
V10 = "Frankreichs Botschafter Pierre Lévy hat den Häftling seit seiner Festnahme zweimal im Gefängnis besucht."
V11 = ("Vinatier war im Juni in einem Moskauer Café von Beamten des Ermittlungskomitees festgenommen "
       "worden.")
V12 = "Kremlsprecher Dmitri Peskow lehnte jeden Kommentar zu einem möglichen Gefangenenaustausch ab."
V13 = "Beobachter vermuten, dass Moskau den Franzosen als Faustpfand für einen Austausch nutzen will."

DE04 = {
    "id": "hm220-de-04", "lang": "de", "url": None, "published": "2024-10-14",
    "title": "Moskauer Gericht verurteilt französischen Forscher Vinatier zu drei Jahren Lagerhaft",
    "text": paragraphs([V1, V2, V3, V4, V5], [V6, V7, V8, V9], [V10, V11, V12, V13]),
    "events": [
        event("SANCTION", MOSCOW_COURT, VINATIER, V1, mode="convict", location="Moscow", location_country="RUS"),
        event("SANCTION", MOSCOW_COURT, VINATIER, V2, mode="convict"),
        event("ACCUSE", RUS_PROSEC, VINATIER, V3, mode="allege"),
        event("CONCEDE", VINATIER, None, V4),
        event("REQUEST", VINATIER, MOSCOW_COURT, V4, mode="yield"),
        event("REQUEST", FRA_MFA, RUSSIA2, V6, mode="yield"),
        event("ACCUSE", FRA_MFA, RUSSIA2, V7, mode="allege"),
        event("REQUEST", HD_CENTRE, RUSSIA2, V9, mode="yield"),
        event("CONSULT", LEVY, VINATIER, V10, mode="visit"),
        event("COERCE", INV_COMMITTEE, VINATIER, V11, mode="arrest", location="Moscow", location_country="RUS"),
    ],
    "quotes": [
        quote("Der 48-Jährige habe Informationen über das russische Militär gesammelt, ohne sich als "
              "„ausländischer Agent“ registrieren zu lassen", "Zamoskvoretsky District Court", "indirect"),
        quote("ausländischer Agent", "Zamoskvoretsky District Court", "direct"),
        quote("Ich habe nicht verstanden, dass ich mich hätte registrieren müssen", "Laurent Vinatier", "direct"),
        quote("Er sei Opfer einer Politik der Geiselnahme, die Moskau gegen westliche Staatsbürger betreibe",
              "French Foreign Ministry", "indirect"),
        quote("dass Vinatier für den französischen Staat tätig gewesen sei", "Emmanuel Macron", "indirect"),
        quote("ihn freizulassen", "Centre for Humanitarian Dialogue", "indirect"),
        quote("dass Moskau den Franzosen als Faustpfand für einen Austausch nutzen will", "Observers", "indirect"),
    ],
    "entities": [
        entity("Zamoskvoretsky District Court", "ORG", "RUS", ["Ein Moskauer Gericht", "die Richterin"]),
        entity("Laurent Vinatier", "PER", "FRA",
               ["den französischen Politikwissenschaftler Laurent Vinatier", "Der 48-Jährige", "Vinatier", "er",
                "des Forschers", "Er", "ihn", "den Häftling", "den Franzosen"]),
        entity("Russian armed forces", "ORG", "RUS", ["das russische Militär"]),
        entity("Russian prosecutors", "ORG", "RUS", ["Die Staatsanwaltschaft"]),
        entity("Centre for Humanitarian Dialogue", "ORG", "NGO",
               ["die Schweizer Organisation Centre for Humanitarian Dialogue", "das Centre for Humanitarian Dialogue"]),
        entity("French Foreign Ministry", "ORG", "FRA", ["Das Außenministerium in Paris"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Moscow", "GPE", "RUS", ["Moskau"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron"]),
        entity("France", "GPE", "FRA", ["den französischen Staat", "Frankreichs"]),
        entity("Pierre Lévy", "PER", "FRA", ["Frankreichs Botschafter Pierre Lévy"]),
        entity("Investigative Committee of Russia", "ORG", "RUS", ["Beamten des Ermittlungskomitees"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
    ],
}

# --- hm220-en-01: Trump convicted in the hush-money case ------------------------------------------
JURY = actor("Manhattan jury", "USA", "JUD")
TRUMP = actor("Donald Trump", "USA", "PTY")
DA_OFFICE = actor("Manhattan District Attorney's Office", "USA", "JUD")
MERCHAN = actor("Juan Merchan", "USA", "JUD")
BIDEN_ADMIN = actor("Biden administration", "USA", "GOV")
JOHNSON = actor("Mike Johnson", "USA", "LEG")
DEMOCRATS = actor("Democratic Party", "USA", "PTY")
SCOTUS = actor("Supreme Court of the United States", "USA", "JUD")
BIDEN_CAMPAIGN = actor("Biden campaign", "USA", "PTY")
GOP_SENATORS = actor("Republican senators", "USA", "LEG")
TRUMP_FANS = actor("Trump supporters", "USA", "CVL")

T1 = ("A Manhattan jury on Thursday found Donald Trump guilty on all 34 counts of falsifying business records, "
      "making him the first former U.S. president convicted of a crime.")
T2 = ("Prosecutors had argued that Trump disguised a $130,000 hush-money payment to adult film actress Stormy "
      "Daniels before the 2016 election.")
T3 = "Justice Juan Merchan set sentencing for July 11."
T4 = ("Speaking at Trump Tower on Friday, Trump called the trial “rigged” and said Merchan was “highly "
      "conflicted” and should never have heard the case.")
T5 = ("He said he would appeal, denied having had an affair with Daniels and accused President Joe Biden’s "
      "administration of orchestrating the case.")
T6 = "“The real verdict is going to be November 5th, by the people,” he said."
T7 = ("“I did my job,” Manhattan District Attorney Alvin Bragg told reporters, brushing aside claims of "
      "political bias.")
T8 = ("House Speaker Mike Johnson called the verdict “a shameful day in American history” and accused Democrats "
      "of turning the courts against their political rival.")
T9 = "He urged the Supreme Court to step in."
T10 = ("Biden’s campaign said the verdict showed that “no one is above the law” but warned that Trump could "
       "still win in November.")
T11 = "Several Republican senators pledged to block Democratic nominees and spending bills in protest."
T12 = ("Dozens of Trump supporters had rallied outside the courthouse against what they called a political "
       "prosecution.")
T13 = "Legal experts said a prison term for a first-time offender was unlikely."

EN01 = {
    "id": "hm220-en-01", "lang": "en", "url": None, "published": "2024-05-31",
    "title": "Trump vows to appeal after New York jury convicts him on all 34 counts",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6, T7], [T8, T9, T10, T11, T12, T13]),
    "events": [
        event("SANCTION", JURY, TRUMP, T1, mode="convict", location="Manhattan", location_country="USA"),
        event("ACCUSE", DA_OFFICE, TRUMP, T2, mode="allege"),
        event("ACCUSE", TRUMP, MERCHAN, T4, mode="disapprove", location="Trump Tower", location_country="USA"),
        event("ACCUSE", TRUMP, BIDEN_ADMIN, T5, mode="allege"),
        event("ACCUSE", JOHNSON, DEMOCRATS, T8, mode="allege"),
        event("REQUEST", JOHNSON, SCOTUS, T9, mode="change"),
        event("SUPPORT", BIDEN_CAMPAIGN, JURY, T10),
        event("THREATEN", GOP_SENATORS, DEMOCRATS, T11),
        event("PROTEST", TRUMP_FANS, DA_OFFICE, T12, mode="demo", location="Manhattan", location_country="USA"),
    ],
    "quotes": [
        quote("that Trump disguised a $130,000 hush-money payment to adult film actress Stormy Daniels before the "
              "2016 election", "Manhattan District Attorney's Office", "indirect"),
        quote("rigged", "Donald Trump", "direct"),
        quote("highly conflicted", "Donald Trump", "direct"),
        quote("Merchan was “highly conflicted” and should never have heard the case", "Donald Trump", "indirect"),
        quote("he would appeal", "Donald Trump", "indirect"),
        quote("The real verdict is going to be November 5th, by the people", "Donald Trump", "direct"),
        quote("I did my job", "Alvin Bragg", "direct"),
        quote("a shameful day in American history", "Mike Johnson", "direct"),
        quote("no one is above the law", "Biden campaign", "direct"),
        quote("the verdict showed that “no one is above the law”", "Biden campaign", "indirect"),
        quote("that Trump could still win in November", "Biden campaign", "indirect"),
        quote("a prison term for a first-time offender was unlikely", "Legal experts", "indirect"),
    ],
    "entities": [
        entity("Manhattan", "LOC", "USA", ["Manhattan"]),
        entity("Manhattan jury", "ORG", "USA", ["A Manhattan jury"]),
        entity("Donald Trump", "PER", "USA", ["Donald Trump", "him", "Trump", "He", "he"]),
        entity("United States", "GPE", "USA", ["U.S."]),
        entity("Manhattan District Attorney's Office", "ORG", "USA", ["Prosecutors"]),
        entity("Stormy Daniels", "PER", "USA", ["adult film actress Stormy Daniels", "Daniels"]),
        entity("Juan Merchan", "PER", "USA", ["Justice Juan Merchan", "Merchan"]),
        entity("Trump Tower", "LOC", "USA", ["Trump Tower"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden’s", "Biden’s"]),
        entity("Biden administration", "ORG", "USA", ["President Joe Biden’s administration"]),
        entity("Alvin Bragg", "PER", "USA", ["Manhattan District Attorney Alvin Bragg"]),
        entity("Mike Johnson", "PER", "USA", ["House Speaker Mike Johnson", "He"]),
        entity("Democratic Party", "ORG", "USA", ["Democrats", "Democratic"]),
        entity("Supreme Court of the United States", "ORG", "USA", ["the Supreme Court"]),
        entity("Biden campaign", "ORG", "USA", ["Biden’s campaign"]),
        entity("Republican senators", "ORG", "USA", ["Several Republican senators"]),
        entity("Trump supporters", "ORG", "USA", ["Dozens of Trump supporters"]),
    ],
}

# --- hm220-en-02: Rail sabotage before the Paris Olympics --------------------------------------
FR_POLICE = actor("French police", "FRA", "COP")
SABOTEURS = actor("Unknown saboteurs", None, None)
SNCF = actor("SNCF", "FRA", "BUS")
PARIS_PROSEC = actor("Paris prosecutor's office", "FRA", "JUD")
ATTAL = actor("Gabriel Attal", "FRA", "GOV")
VERGRIETE = actor("Patrice Vergriete", "FRA", "GOV")
DARMANIN = actor("Gérald Darmanin", "FRA", "GOV")
EU_SERVICES = actor("European security services", None, "GOV")
FR_SERVICES = actor("French security services", "FRA", "GOV")
FARANDOU = actor("Jean-Pierre Farandou", "FRA", "BUS")
SNCF_CREWS = actor("SNCF maintenance crews", "FRA", "BUS")
BACH = actor("Thomas Bach", "IGO", "IGO")
FR_FORCES = actor("French security forces", "FRA", "COP")

S1 = ("French police on Saturday hunted for the saboteurs behind coordinated arson attacks that crippled the "
      "high-speed rail network hours before the Olympic opening ceremony in Paris.")
S2 = ("Fires set at signal installations on the lines linking Paris with Lille, Bordeaux and Strasbourg "
      "disrupted travel for some 800,000 passengers, state operator SNCF said.")
S3 = "Railway workers foiled a fourth attack on the line to the southeast."
S4 = ("Paris prosecutors opened an investigation into damage likely to harm “the fundamental interests of the "
      "nation.”")
S5 = ("Prime Minister Gabriel Attal called the attacks “targeted, prepared and coordinated” and vowed that those "
      "responsible would be found.")
S6 = ("“These acts are criminal,” Transport Minister Patrice Vergriete said, “and they hit millions of people "
      "who just want to go on holiday.”")
S7 = ("Interior Minister Gérald Darmanin said more than 45,000 police officers and gendarmes were deployed for "
      "the ceremony and that patrols along the tracks had been stepped up.")
S8 = ("No group has claimed responsibility, and officials would not say whether a foreign state could be behind "
      "the attacks.")
S9 = ("Security services in several European countries were sharing intelligence with their French "
      "counterparts, a government official said.")
S10 = ("SNCF chief executive Jean-Pierre Farandou thanked maintenance crews who worked through the night to "
       "repair damaged cables.")
S11 = ("International Olympic Committee President Thomas Bach said he had full confidence in the French "
       "security forces.")
S12 = "Trains are expected to run normally again by Monday."

EN02 = {
    "id": "hm220-en-02", "lang": "en", "url": None, "published": "2024-07-27",
    "title": "France hunts saboteurs after arson attacks cripple high-speed rail network",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7, S8], [S9, S10, S11, S12]),
    "events": [
        event("ACCUSE", FR_POLICE, SABOTEURS, S1, mode="investigate"),
        event("ASSAULT", SABOTEURS, SNCF, S1, mode="primitive"),
        event("ASSAULT", SABOTEURS, SNCF, S2, mode="primitive"),
        event("ACCUSE", PARIS_PROSEC, SABOTEURS, S4, mode="investigate"),
        event("ACCUSE", ATTAL, SABOTEURS, S5, mode="disapprove"),
        event("ACCUSE", VERGRIETE, SABOTEURS, S6, mode="disapprove"),
        event("MOBILIZE", DARMANIN, None, S7, mode="police", location="Paris", location_country="FRA"),
        event("COOPERATE", EU_SERVICES, FR_SERVICES, S9),
        event("SUPPORT", FARANDOU, SNCF_CREWS, S10),
        event("SUPPORT", BACH, FR_FORCES, S11),
    ],
    "quotes": [
        quote("Fires set at signal installations on the lines linking Paris with Lille, Bordeaux and Strasbourg "
              "disrupted travel for some 800,000 passengers", "SNCF", "indirect"),
        quote("the fundamental interests of the nation", "Paris prosecutor's office", "direct"),
        quote("targeted, prepared and coordinated", "Gabriel Attal", "direct"),
        quote("that those responsible would be found", "Gabriel Attal", "indirect"),
        quote("These acts are criminal", "Patrice Vergriete", "direct"),
        quote("and they hit millions of people who just want to go on holiday", "Patrice Vergriete", "direct"),
        quote("more than 45,000 police officers and gendarmes were deployed for the ceremony and that patrols along "
              "the tracks had been stepped up", "Gérald Darmanin", "indirect"),
        quote("Security services in several European countries were sharing intelligence with their French "
              "counterparts", "French government official", "indirect"),
        quote("he had full confidence in the French security forces", "Thomas Bach", "indirect"),
    ],
    "entities": [
        entity("French police", "ORG", "FRA", ["French police"]),
        entity("Unknown saboteurs", "ORG", None, ["the saboteurs"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Lille", "LOC", "FRA", ["Lille"]),
        entity("Bordeaux", "LOC", "FRA", ["Bordeaux"]),
        entity("Strasbourg", "LOC", "FRA", ["Strasbourg"]),
        entity("SNCF", "ORG", "FRA", ["state operator SNCF", "SNCF"]),
        entity("Paris prosecutor's office", "ORG", "FRA", ["Paris prosecutors"]),
        entity("Gabriel Attal", "PER", "FRA", ["Prime Minister Gabriel Attal"]),
        entity("Patrice Vergriete", "PER", "FRA", ["Transport Minister Patrice Vergriete"]),
        entity("Gérald Darmanin", "PER", "FRA", ["Interior Minister Gérald Darmanin"]),
        entity("European security services", "ORG", None, ["Security services in several European countries"]),
        entity("French security services", "ORG", "FRA", ["their French counterparts"]),
        entity("Jean-Pierre Farandou", "PER", "FRA", ["SNCF chief executive Jean-Pierre Farandou"]),
        entity("SNCF maintenance crews", "ORG", "FRA", ["maintenance crews"]),
        entity("International Olympic Committee", "ORG", "IGO", ["International Olympic Committee"]),
        entity("Thomas Bach", "PER", "IGO", ["International Olympic Committee President Thomas Bach", "he"]),
        entity("French security forces", "ORG", "FRA", ["the French security forces"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
