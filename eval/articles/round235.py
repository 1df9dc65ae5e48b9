"""Round 235: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm235-de-01: India and Pakistan agree a ceasefire after four days of fighting; Trump announces it, Rubio's calls, DGMO hotline, Dar confirms, Misri accuses Pakistan of violations, Guterres welcomes it (2025-05-10).
- hm235-de-02: A Myanmar junta air strike on a school in Oe Htein Kwin, Tabayin township, kills some 20 children and two teachers; the junta denies, NUG, Unicef, Tom Andrews and Malaysia as ASEAN chair react (2025-05-13).
- hm235-de-03: The Dalai Lama says his institution will continue and only the Gaden Phodrang Trust may recognise his reincarnation; Beijing rejects it, Rijiju backs him, New Delhi stays neutral, Penpa Tsering and Rubio react (2025-07-02).
- hm235-de-04: Indonesia transfers death-row prisoner Mary Jane Veloso to the Philippines; Marcos thanks Prabowo, Yusril's demand, the family asks for clemency, Migrante rallies at the airport (2024-12-18).
- hm235-en-01: Kim Jong Un calls the failed launch of a destroyer at Chongjin a "criminal act"; the shipyard's chief engineer and managers detained, Seoul points to Russian help, Pyongyang condemns the US-South Korean air drills (2025-05-24).
- hm235-en-02: The IAEA Board of Governors declares Iran in breach of its safeguards obligations; E3 and US resolution, Russia and China vote against, Tehran announces a new enrichment site, Araghchi warns the Europeans, talks in Muscat pending (2025-06-12).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm235-de-01 (India-Pakistan ceasefire)
INDIA = actor("India", "IND", "GOV")
PAKISTAN = actor("Pakistan", "PAK", "GOV")
USA = actor("United States", "USA", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
MODI = actor("Narendra Modi", "IND", "GOV")
SHARIF = actor("Shehbaz Sharif", "PAK", "GOV")
IND_FORCES = actor("Indian Armed Forces", "IND", "MIL")
PAK_FORCES = actor("Pakistan Armed Forces", "PAK", "MIL")
PAK_DGMO = actor("Director General of Military Operations of Pakistan", "PAK", "MIL")
IND_DGMO = actor("Director General of Military Operations of India", "IND", "MIL")
DAR = actor("Ishaq Dar", "PAK", "GOV")
MISRI = actor("Vikram Misri", "IND", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")
IND_OFFICIALS = actor("Indian government officials", "IND", "GOV")

A1 = ("Neu-Delhi/Islamabad (dpa) - Nach vier Tagen schwerer Gefechte haben sich Indien und Pakistan auf eine "
      "sofortige Waffenruhe verständigt.")
A2 = "US-Präsident Donald Trump verkündete die Einigung am Samstag als Erster auf seiner Plattform Truth Social."
A3 = ("Nach einer „langen Nacht“ von Gesprächen unter Vermittlung der USA hätten beide Länder einer vollständigen "
      "Feuerpause zugestimmt, schrieb er.")
A4 = ("Außenminister Marco Rubio erklärte, er habe in den vergangenen 48 Stunden mit Premierminister Narendra Modi "
      "und Regierungschef Shehbaz Sharif telefoniert.")
A5 = ("Beide Armeen stellten um 17.00 Uhr Ortszeit das Feuer zu Land, zu Wasser und in der Luft ein, wie der "
      "indische Außenstaatssekretär Vikram Misri mitteilte.")
A6 = ("Zuvor habe der pakistanische Direktor für Militäroperationen seinen indischen Kollegen angerufen, "
      "sagte Misri.")
A7 = ("Pakistans Außenminister Ishaq Dar bestätigte die Feuerpause und betonte, sein Land habe stets nach Frieden "
      "gestrebt, ohne seine Souveränität aufzugeben.")
A8 = ("Die Kämpfe hatten begonnen, nachdem Indien in der Nacht zum Mittwoch mehrere Ziele in Pakistan und im "
      "pakistanisch kontrollierten Teil Kaschmirs mit Raketen angegriffen hatte.")
A9 = ("Neu-Delhi bezeichnete die Angriffe als Vergeltung für den Anschlag auf Touristen bei Pahalgam im April, "
      "für den es Pakistan verantwortlich macht.")
A10 = "Nur wenige Stunden nach Beginn der Waffenruhe waren in Srinagar und Jammu jedoch erneut Explosionen zu hören."
A11 = ("„Was zum Teufel ist gerade mit der Waffenruhe passiert?“, schrieb der Regierungschef von Jammu und Kaschmir, "
       "Omar Abdullah, auf der Plattform X.")
A12 = ("Misri warf Pakistan am späten Abend wiederholte Verstöße gegen die Vereinbarung vor und kündigte an, die "
       "Streitkräfte würden „mit aller Härte“ reagieren.")
A13 = "Islamabad wies die Vorwürfe umgehend zurück."
A14 = "UN-Generalsekretär António Guterres begrüßte die Einigung und rief beide Seiten auf, sie einzuhalten."
A15 = ("Indische Regierungsvertreter betonten, es habe keine Gespräche mit Pakistan über andere Themen an einem "
       "neutralen Ort gegeben.")

DE01 = {
    "id": "hm235-de-01", "lang": "de", "url": None, "published": "2025-05-10",
    "title": "Indien und Pakistan vereinbaren Waffenruhe",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7], [A8, A9], [A10, A11, A12, A13], [A14, A15]),
    "events": [
        event("AGREE", INDIA, PAKISTAN, A1),
        event("AGREE", INDIA, PAKISTAN, A3),
        event("CONSULT", USA, INDIA, A3, mode="third-party"),
        event("CONSULT", USA, PAKISTAN, A3, mode="third-party"),
        event("CONSULT", RUBIO, MODI, A4, mode="phone"),
        event("CONSULT", RUBIO, SHARIF, A4, mode="phone"),
        event("RETREAT", IND_FORCES, PAK_FORCES, A5, mode="ceasefire"),
        event("RETREAT", PAK_FORCES, IND_FORCES, A5, mode="ceasefire"),
        event("CONSULT", PAK_DGMO, IND_DGMO, A6, mode="phone"),
        event("AGREE", DAR, INDIA, A7),
        event("ASSAULT", INDIA, PAKISTAN, A8, mode="aerial", date="2025-05-07"),
        event("ACCUSE", INDIA, PAKISTAN, A9, mode="allege"),
        event("ACCUSE", MISRI, PAKISTAN, A12, mode="allege"),
        event("THREATEN", MISRI, PAKISTAN, A12, mode="violence"),
        event("SUPPORT", GUTERRES, INDIA, A14),
        event("SUPPORT", GUTERRES, PAKISTAN, A14),
        event("REQUEST", GUTERRES, INDIA, A14),
        event("REQUEST", GUTERRES, PAKISTAN, A14),
        event("CONSULT", IND_OFFICIALS, PAKISTAN, A15, negated=True),
    ],
    "quotes": [
        quote("langen Nacht", "Donald Trump", "direct"),
        quote("Nach einer „langen Nacht“ von Gesprächen unter Vermittlung der USA hätten beide Länder einer "
              "vollständigen Feuerpause zugestimmt", "Donald Trump", "indirect"),
        quote("er habe in den vergangenen 48 Stunden mit Premierminister Narendra Modi und Regierungschef Shehbaz "
              "Sharif telefoniert", "Marco Rubio", "indirect"),
        quote("Beide Armeen stellten um 17.00 Uhr Ortszeit das Feuer zu Land, zu Wasser und in der Luft ein",
              "Vikram Misri", "indirect"),
        quote("Zuvor habe der pakistanische Direktor für Militäroperationen seinen indischen Kollegen angerufen",
              "Vikram Misri", "indirect"),
        quote("sein Land habe stets nach Frieden gestrebt, ohne seine Souveränität aufzugeben", "Ishaq Dar",
              "indirect"),
        quote("Was zum Teufel ist gerade mit der Waffenruhe passiert?", "Omar Abdullah", "direct"),
        quote("mit aller Härte", "Vikram Misri", "direct"),
        quote("die Streitkräfte würden „mit aller Härte“ reagieren", "Vikram Misri", "indirect"),
        quote("es habe keine Gespräche mit Pakistan über andere Themen an einem neutralen Ort gegeben",
              "Indian government officials", "indirect"),
    ],
    "entities": [
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("India", "LOC", "IND", ["Indien"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistan", "Pakistans"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("Truth Social", "ORG", "USA", ["Truth Social"]),
        entity("United States", "LOC", "USA", ["USA"]),
        entity("Marco Rubio", "PER", "USA", ["Außenminister Marco Rubio"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Regierungschef Shehbaz Sharif"]),
        entity("Vikram Misri", "PER", "IND", ["der indische Außenstaatssekretär Vikram Misri", "Misri"]),
        entity("Director General of Military Operations of Pakistan", "PER", "PAK",
               ["der pakistanische Direktor für Militäroperationen"]),
        entity("Director General of Military Operations of India", "PER", "IND", ["seinen indischen Kollegen"]),
        entity("Ishaq Dar", "PER", "PAK", ["Pakistans Außenminister Ishaq Dar"]),
        entity("Pakistan-administered Kashmir", "LOC", "PAK", ["pakistanisch kontrollierten Teil Kaschmirs"]),
        entity("Pahalgam", "LOC", "IND", ["Pahalgam"]),
        entity("Srinagar", "LOC", "IND", ["Srinagar"]),
        entity("Jammu", "LOC", "IND", ["Jammu"]),
        entity("Jammu and Kashmir", "LOC", "IND", ["Jammu und Kaschmir"]),
        entity("Omar Abdullah", "PER", "IND", ["der Regierungschef von Jammu und Kaschmir, Omar Abdullah"]),
        entity("X", "ORG", "MNC", ["Plattform X"]),
        entity("Indian Armed Forces", "ORG", "IND", ["die Streitkräfte"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("Indian government officials", "PER", "IND", ["Indische Regierungsvertreter"]),
    ],
}

# ---------------------------------------------------------------- hm235-de-02 (Myanmar, school air strike in Tabayin)
TATMADAW = actor("Myanmar Armed Forces", "MMR", "MIL")
PUPILS = actor("pupils and teachers in Oe Htein Kwin", "MMR", "CVL")
NUG = actor("National Unity Government", "MMR", "OPP")
UNICEF = actor("UNICEF", "UNO", "IGO")
ANDREWS = actor("Tom Andrews", "UNO", "IGO")
UN_MEMBERS = actor("UN member states", "UNO", "IGO")
SAC = actor("State Administration Council", "MMR", "GOV")
RESISTANCE = actor("Myanmar resistance groups", "MMR", "REB")
MALAYSIA = actor("Malaysia", "MYS", "GOV")

B1 = ("Rangun (AFP) - Bei einem Luftangriff der Militärjunta auf eine Schule im Zentrum Myanmars sind nach Angaben "
      "von Anwohnern und Helfern mindestens 20 Kinder und zwei Lehrer getötet worden.")
B2 = ("Ein Kampfjet habe am Montagvormittag zwei Bomben auf das Dorf Oe Htein Kwin in der Gemeinde Tabayin in der "
      "Region Sagaing abgeworfen, sagte ein Lehrer der Nachrichtenagentur AFP.")
B3 = "Die Kinder hätten gerade im Unterricht gesessen, als die Bomben einschlugen."
B4 = ("„Wir haben die kleinen Körper mit bloßen Händen aus den Trümmern gezogen“, sagte ein Mitglied einer "
      "örtlichen Rettungsgruppe.")
B5 = "Junta-Sprecher Zaw Min Tun bestritt einen Angriff auf die Schule und sprach von „Falschnachrichten“."
B6 = "Die Luftwaffe habe in der Gegend keine Einsätze geflogen, sagte er."
B7 = "Die im Untergrund tätige Nationale Einheitsregierung (NUG) verurteilte den Angriff als Kriegsverbrechen."
B8 = "Das UN-Kinderhilfswerk Unicef zeigte sich „entsetzt“ und forderte ein Ende aller Angriffe auf Schulen."
B9 = ("Der UN-Sonderberichterstatter für Myanmar, Tom Andrews, rief die UN-Mitgliedstaaten auf, der Junta den "
      "Zugang zu Flugbenzin und Waffen abzuschneiden.")
B10 = ("Die Junta hatte nach dem schweren Erdbeben Ende März eine Waffenruhe ausgerufen und diese Anfang Mai bis "
       "Ende des Monats verlängert.")
B11 = "Widerstandsgruppen werfen dem Militär vor, die Feuerpause immer wieder zu brechen."
B12 = "Kämpfer der örtlichen Volksverteidigungskräfte (PDF) kontrollieren weite Teile der Gegend um Tabayin."
B13 = ("Malaysia, das derzeit den Vorsitz der südostasiatischen Staatengemeinschaft Asean innehat, forderte die "
       "Generäle auf, die Waffenruhe einzuhalten.")
B14 = "Seit dem Putsch im Februar 2021 sind in dem Bürgerkrieg Tausende Menschen getötet worden."

DE02 = {
    "id": "hm235-de-02", "lang": "de", "url": None, "published": "2025-05-13",
    "title": "Myanmar: Viele Kinder bei Luftangriff auf Schule getötet",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6], [B7, B8, B9], [B10, B11, B12], [B13, B14]),
    "events": [
        event("ASSAULT", TATMADAW, PUPILS, B1, mode="aerial", location="Oe Htein Kwin", location_country="MMR"),
        event("ASSAULT", TATMADAW, PUPILS, B2, mode="aerial", date="2025-05-12", location="Oe Htein Kwin",
              location_country="MMR"),
        event("ACCUSE", NUG, TATMADAW, B7, mode="disapprove"),
        event("ACCUSE", UNICEF, TATMADAW, B8, mode="disapprove"),
        event("REQUEST", UNICEF, TATMADAW, B8),
        event("REQUEST", ANDREWS, UN_MEMBERS, B9),
        event("CONCEDE", SAC, RESISTANCE, B10),
        event("ACCUSE", RESISTANCE, TATMADAW, B11, mode="allege"),
        event("REQUEST", MALAYSIA, SAC, B13, mode="yield"),
    ],
    "quotes": [
        quote("Ein Kampfjet habe am Montagvormittag zwei Bomben auf das Dorf Oe Htein Kwin in der Gemeinde Tabayin "
              "in der Region Sagaing abgeworfen", "teacher in Oe Htein Kwin", "indirect"),
        quote("Die Kinder hätten gerade im Unterricht gesessen, als die Bomben einschlugen",
              "teacher in Oe Htein Kwin", "indirect"),
        quote("Wir haben die kleinen Körper mit bloßen Händen aus den Trümmern gezogen", "member of a local rescue group",
              "direct"),
        quote("Falschnachrichten", "Zaw Min Tun", "direct"),
        quote("Die Luftwaffe habe in der Gegend keine Einsätze geflogen", "Zaw Min Tun", "indirect"),
        quote("entsetzt", "UNICEF", "direct"),
    ],
    "entities": [
        entity("Yangon", "LOC", "MMR", ["Rangun"]),
        entity("Myanmar", "LOC", "MMR", ["Myanmars", "Myanmar"]),
        entity("Myanmar Armed Forces", "ORG", "MMR", ["Militärjunta", "Junta", "Die Luftwaffe", "dem Militär",
                                                     "die Generäle"]),
        entity("Oe Htein Kwin", "LOC", "MMR", ["Dorf Oe Htein Kwin"]),
        entity("Tabayin", "LOC", "MMR", ["Gemeinde Tabayin", "Tabayin"]),
        entity("Sagaing Region", "LOC", "MMR", ["Region Sagaing"]),
        entity("Agence France-Presse", "ORG", "FRA", ["AFP"]),
        entity("teacher in Oe Htein Kwin", "PER", "MMR", ["ein Lehrer"]),
        entity("member of a local rescue group", "PER", "MMR", ["ein Mitglied einer örtlichen Rettungsgruppe"]),
        entity("Zaw Min Tun", "PER", "MMR", ["Junta-Sprecher Zaw Min Tun"]),
        entity("National Unity Government", "ORG", "MMR", ["Nationale Einheitsregierung (NUG)"]),
        entity("UNICEF", "ORG", "UNO", ["Das UN-Kinderhilfswerk Unicef"]),
        entity("Tom Andrews", "PER", "UNO", ["Der UN-Sonderberichterstatter für Myanmar, Tom Andrews"]),
        entity("UN member states", "ORG", "UNO", ["UN-Mitgliedstaaten"]),
        entity("Myanmar resistance groups", "ORG", "MMR", ["Widerstandsgruppen"]),
        entity("People's Defence Force", "ORG", "MMR", ["Volksverteidigungskräfte (PDF)"]),
        entity("Malaysia", "LOC", "MYS", ["Malaysia"]),
        entity("ASEAN", "ORG", "IGO", ["Asean"]),
    ],
}

# ---------------------------------------------------------------- hm235-de-03 (Dalai Lama succession)
DALAI = actor("Dalai Lama", "CHN", "CVL")
CHINA = actor("China", "CHN", "GOV")
MAO_NING = actor("Mao Ning", "CHN", "GOV")
RIJIJU = actor("Kiren Rijiju", "IND", "GOV")
IND_MEA = actor("Ministry of External Affairs of India", "IND", "GOV")
TIB_EXILES = actor("Tibetan exiles in Dharamsala", "CHN", "CVL")
PENPA = actor("Penpa Tsering", "CHN", "OPP")
TIBETANS = actor("Tibetans", "CHN", "CVL")

C1 = ("Dharamsala (dpa) - Der Dalai Lama hat den Fortbestand seines Amtes nach seinem Tod angekündigt und damit dem "
      "Machtanspruch Pekings eine klare Absage erteilt.")
C2 = ("Allein das von ihm gegründete Gaden Phodrang Trust habe das Recht, seine Wiedergeburt anzuerkennen, sagte das "
      "geistliche Oberhaupt der Tibeter in einer Videobotschaft zum Auftakt der Feiern zu seinem 90. Geburtstag.")
C3 = "„Niemand sonst hat die Befugnis, sich in diese Angelegenheit einzumischen“, hieß es in seiner Erklärung."
C4 = "Die chinesische Regierung wies den Anspruch umgehend zurück."
C5 = ("Die Nachfolge des Dalai Lama müsse von der Zentralregierung in Peking genehmigt werden, sagte "
      "Außenamtssprecherin Mao Ning.")
C6 = "Zudem müsse die Wiedergeburt durch ein Losverfahren mit der „Goldenen Urne“ bestimmt werden."
C7 = ("Zugleich warf sie dem 89-Jährigen vor, unter dem Deckmantel der Religion „separatistische Aktivitäten“ zu "
      "betreiben.")
C8 = ("Der indische Minister für parlamentarische Angelegenheiten, Kiren Rijiju, stellte sich hinter den "
      "Dalai Lama.")
C9 = ("Niemand außer ihm selbst habe das Recht, über seinen Nachfolger zu entscheiden, sagte Rijiju, der selbst "
      "praktizierender Buddhist ist.")
C10 = "Das Außenministerium in Neu-Delhi betonte dagegen, Indien nehme in Glaubensfragen keine Position ein."
C11 = "Peking forderte Indien auf, sich nicht in die inneren Angelegenheiten Chinas einzumischen."
C12 = ("In Dharamsala, dem Sitz der tibetischen Exilregierung, feierten Tausende Mönche und Gläubige die "
       "Ankündigung.")
C13 = ("Der Chef der Exilregierung, Penpa Tsering, rief Peking auf, die Verfolgung der Tibeter in ihrer Heimat zu "
       "beenden.")
C14 = ("US-Außenminister Marco Rubio erklärte, Washington unterstütze das Recht der Tibeter, ihre religiösen Führer "
       "ohne Einmischung der Regierung zu wählen.")
C15 = ("Der Dalai Lama war 1959 nach einem gescheiterten Aufstand gegen die chinesische Herrschaft nach Indien "
       "geflohen.")

DE03 = {
    "id": "hm235-de-03", "lang": "de", "url": None, "published": "2025-07-02",
    "title": "Dalai Lama: Nur meine Stiftung bestimmt den Nachfolger",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7], [C8, C9, C10, C11], [C12, C13, C14, C15]),
    "events": [
        event("REJECT", DALAI, CHINA, C1),
        event("REJECT", CHINA, DALAI, C4),
        event("REQUEST", MAO_NING, DALAI, C5),
        event("ACCUSE", MAO_NING, DALAI, C7, mode="allege"),
        event("SUPPORT", RIJIJU, DALAI, C8),
        event("SUPPORT", IND_MEA, DALAI, C10, negated=True),
        event("REQUEST", CHINA, INDIA, C11),
        event("SUPPORT", TIB_EXILES, DALAI, C12, location="Dharamsala", location_country="IND"),
        event("REQUEST", PENPA, CHINA, C13, mode="change"),
        event("SUPPORT", RUBIO, TIBETANS, C14),
    ],
    "quotes": [
        quote("Allein das von ihm gegründete Gaden Phodrang Trust habe das Recht, seine Wiedergeburt anzuerkennen",
              "Dalai Lama", "indirect"),
        quote("Niemand sonst hat die Befugnis, sich in diese Angelegenheit einzumischen", "Dalai Lama", "direct"),
        quote("Die Nachfolge des Dalai Lama müsse von der Zentralregierung in Peking genehmigt werden", "Mao Ning",
              "indirect"),
        quote("Goldenen Urne", "Mao Ning", "direct"),
        quote("Zudem müsse die Wiedergeburt durch ein Losverfahren mit der „Goldenen Urne“ bestimmt werden", "Mao Ning",
              "indirect"),
        quote("separatistische Aktivitäten", "Mao Ning", "direct"),
        quote("Niemand außer ihm selbst habe das Recht, über seinen Nachfolger zu entscheiden", "Kiren Rijiju",
              "indirect"),
        quote("Indien nehme in Glaubensfragen keine Position ein", "Ministry of External Affairs of India", "indirect"),
        quote("Washington unterstütze das Recht der Tibeter, ihre religiösen Führer ohne Einmischung der Regierung zu "
              "wählen", "Marco Rubio", "indirect"),
    ],
    "entities": [
        entity("Dharamsala", "LOC", "IND", ["Dharamsala"]),
        entity("Dalai Lama", "PER", "CHN", ["Der Dalai Lama", "des Dalai Lama", "den Dalai Lama", "dem 89-Jährigen",
                                            "das geistliche Oberhaupt der Tibeter"]),
        entity("Beijing", "LOC", "CHN", ["Pekings", "Peking"]),
        entity("Gaden Phodrang Trust", "ORG", "CHN", ["Gaden Phodrang Trust"]),
        entity("Government of China", "ORG", "CHN", ["Die chinesische Regierung", "der Zentralregierung in Peking"]),
        entity("Mao Ning", "PER", "CHN", ["Außenamtssprecherin Mao Ning"]),
        entity("Golden Urn", "MISC", "CHN", ["Goldenen Urne"]),
        entity("Kiren Rijiju", "PER", "IND", ["Der indische Minister für parlamentarische Angelegenheiten, Kiren "
                                              "Rijiju", "Rijiju"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["Das Außenministerium in Neu-Delhi"]),
        entity("India", "LOC", "IND", ["Indien"]),
        entity("China", "LOC", "CHN", ["Chinas"]),
        entity("Central Tibetan Administration", "ORG", "CHN", ["tibetischen Exilregierung", "Exilregierung"]),
        entity("Penpa Tsering", "PER", "CHN", ["Penpa Tsering"]),
        entity("Tibetans", "MISC", "CHN", ["Tibeter"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
    ],
}

# ---------------------------------------------------------------- hm235-de-04 (Mary Jane Veloso transferred to Manila)
INDONESIA = actor("Indonesia", "IDN", "GOV")
PHILIPPINES = actor("Philippines", "PHL", "GOV")
BUCOR = actor("Bureau of Corrections of the Philippines", "PHL", "COP")
VELOSO = actor("Mary Jane Veloso", "PHL", "CVL")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
PRABOWO = actor("Prabowo Subianto", "IDN", "GOV")
IDN_POLICE = actor("Indonesian police", "IDN", "COP")
IDN_COURT = actor("Indonesian court", "IDN", "JUD")
YUSRIL = actor("Yusril Ihza Mahendra", "IDN", "GOV")
VELOSO_PARENTS = actor("parents of Mary Jane Veloso", "PHL", "CVL")
MIGRANTE = actor("Migrante International", "PHL", "NGO")
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
AUSTRALIA = actor("Australia", "AUS", "GOV")

D1 = ("Manila (AFP) - Nach fast 15 Jahren in indonesischer Haft ist die zum Tode verurteilte Philippinerin Mary Jane "
      "Veloso in ihre Heimat überstellt worden.")
D2 = ("Eine Linienmaschine mit der 39-Jährigen und indonesischen Justizbeamten an Bord landete am frühen "
      "Mittwochmorgen in Manila.")
D3 = ("Beamte der philippinischen Strafvollzugsbehörde brachten Veloso unmittelbar danach in das Frauengefängnis in "
      "Mandaluyong.")
D4 = ("Die Regierungen beider Länder hatten Anfang Dezember in Jakarta eine Vereinbarung über ihre Überstellung "
      "unterzeichnet.")
D5 = ("Präsident Ferdinand Marcos Jr. dankte seinem indonesischen Amtskollegen Prabowo Subianto für dessen "
      "„Großzügigkeit“.")
D6 = "„Mary Jane ist endlich zu Hause“, schrieb Marcos auf der Plattform X."
D7 = ("Die Hausangestellte war 2010 am Flughafen von Yogyakarta mit 2,6 Kilogramm Heroin im Koffer festgenommen und "
      "später von einem Gericht zum Tode verurteilt worden.")
D8 = "Im Jahr 2015 war sie nur knapp der Hinrichtung entgangen."
D9 = ("Der indonesische Koordinationsminister für Recht und Menschenrechte, Yusril Ihza Mahendra, sagte, Jakarta "
      "erwarte von Manila, das Urteil des indonesischen Gerichts zu respektieren.")
D10 = "Über eine mögliche Begnadigung entscheide aber allein der philippinische Präsident, fügte er hinzu."
D11 = "Velosos Eltern baten Marcos, ihrer Tochter eine Begnadigung zu gewähren."
D12 = ("Vor dem Flughafen forderten Dutzende Mitglieder der Migrantenorganisation Migrante International mit Plakaten "
       "ihre sofortige Freilassung.")
D13 = "Ein Sprecher des Präsidentenpalasts sagte, über ein Gnadengesuch sei noch nicht entschieden worden."
D14 = ("Indonesien hatte erst am Sonntag fünf australische Häftlinge der sogenannten Bali-Neun-Gruppe nach Australien "
       "überstellt.")
D15 = ("Jakarta hat in den vergangenen Jahren wiederholt Todesurteile gegen Ausländer wegen Drogenschmuggels "
       "vollstreckt.")

DE04 = {
    "id": "hm235-de-04", "lang": "de", "url": None, "published": "2024-12-18",
    "title": "Indonesien überstellt Mary Jane Veloso an die Philippinen",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6], [D7, D8], [D9, D10, D11, D12, D13], [D14, D15]),
    "events": [
        event("COOPERATE", INDONESIA, PHILIPPINES, D1),
        event("COERCE", BUCOR, VELOSO, D3, mode="arrest", location="Mandaluyong", location_country="PHL"),
        event("SUPPORT", PHILIPPINES, INDONESIA, D4, location="Jakarta", location_country="IDN"),
        event("SUPPORT", MARCOS, PRABOWO, D5),
        event("COERCE", IDN_POLICE, VELOSO, D7, mode="arrest", location="Yogyakarta", location_country="IDN"),
        event("SANCTION", IDN_COURT, VELOSO, D7, mode="convict"),
        event("REQUEST", YUSRIL, PHILIPPINES, D9),
        event("REQUEST", VELOSO_PARENTS, MARCOS, D11, mode="yield"),
        event("PROTEST", MIGRANTE, PHL_GOV, D12, mode="demo", location="Manila", location_country="PHL"),
        event("REQUEST", MIGRANTE, PHL_GOV, D12, mode="yield"),
        event("COOPERATE", INDONESIA, AUSTRALIA, D14, date="2024-12-15"),
    ],
    "quotes": [
        quote("Großzügigkeit", "Ferdinand Marcos Jr.", "direct"),
        quote("Mary Jane ist endlich zu Hause", "Ferdinand Marcos Jr.", "direct"),
        quote("Jakarta erwarte von Manila, das Urteil des indonesischen Gerichts zu respektieren",
              "Yusril Ihza Mahendra", "indirect"),
        quote("Über eine mögliche Begnadigung entscheide aber allein der philippinische Präsident",
              "Yusril Ihza Mahendra", "indirect"),
        quote("über ein Gnadengesuch sei noch nicht entschieden worden", "Presidential Communications Office spokesperson",
              "indirect"),
    ],
    "entities": [
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("Mary Jane Veloso", "PER", "PHL", ["Philippinerin Mary Jane Veloso", "der 39-Jährigen", "Veloso",
                                                  "Die Hausangestellte", "Mary Jane"]),
        entity("Bureau of Corrections of the Philippines", "ORG", "PHL",
               ["Beamte der philippinischen Strafvollzugsbehörde"]),
        entity("Correctional Institution for Women", "LOC", "PHL", ["Frauengefängnis in Mandaluyong"]),
        entity("Mandaluyong", "LOC", "PHL", ["Mandaluyong"]),
        entity("Jakarta", "LOC", "IDN", ["Jakarta"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Präsident Ferdinand Marcos Jr.", "Marcos"]),
        entity("Prabowo Subianto", "PER", "IDN", ["seinem indonesischen Amtskollegen Prabowo Subianto"]),
        entity("X", "ORG", "MNC", ["Plattform X"]),
        entity("Yogyakarta", "LOC", "IDN", ["Flughafen von Yogyakarta"]),
        entity("Yusril Ihza Mahendra", "PER", "IDN", ["Der indonesische Koordinationsminister für Recht und "
                                                      "Menschenrechte, Yusril Ihza Mahendra"]),
        entity("parents of Mary Jane Veloso", "PER", "PHL", ["Velosos Eltern"]),
        entity("Migrante International", "ORG", "PHL", ["Migrantenorganisation Migrante International"]),
        entity("Presidential Communications Office spokesperson", "PER", "PHL",
               ["Ein Sprecher des Präsidentenpalasts"]),
        entity("Indonesia", "LOC", "IDN", ["Indonesien"]),
        entity("Bali Nine", "MISC", "AUS", ["Bali-Neun-Gruppe"]),
        entity("Australia", "LOC", "AUS", ["Australien"]),
    ],
}

# ---------------------------------------------------------------- hm235-en-01 (North Korea, failed destroyer launch)
KIM = actor("Kim Jong Un", "PRK", "GOV")
LAUNCH_OFFICIALS = actor("officials responsible for the destroyer launch", "PRK", "GOV")
MID = actor("Munitions Industry Department", "PRK", "PTY")
SHIPYARD_MGRS = actor("managers of the Chongjin shipyard", "PRK", "BUS")
HONG_KIL_HO = actor("Hong Kil Ho", "PRK", "BUS")
RI_HYONG_SON = actor("Ri Hyong Son", "PRK", "PTY")
NK_LAW = actor("North Korean law enforcement authorities", "PRK", "COP")
SK_MIL_OFFICIAL = actor("South Korean military official", "KOR", "MIL")
RUSSIA = actor("Russia", "RUS", "GOV")
SOUTH_KOREA = actor("South Korea", "KOR", "GOV")
NORTH_KOREA = actor("North Korea", "PRK", "GOV")

E1 = ('SEOUL (Reuters) - North Korean leader Kim Jong Un has called the botched launch of a new naval destroyer a '
      '"criminal act" and blamed officials for the accident, state media said on Thursday.')
E2 = ('The 5,000-ton destroyer tipped over and parts of its hull were crushed during a launch ceremony at the '
      'northeastern port of Chongjin on Wednesday, the official KCNA news agency reported.')
E3 = ('Kim, who watched the failed launch, said the accident was caused by "absolute carelessness, irresponsibility '
      'and unscientific empiricism," KCNA said.')
E4 = ("He blamed the ruling party's Munitions Industry Department and the managers of the Chongjin shipyard, saying "
      "their mistakes would be dealt with at a plenary meeting of the Workers' Party in June.")
E5 = 'Kim ordered that the warship be restored before the meeting, calling the matter one of "national dignity."'
E6 = ("Law enforcement authorities have detained Hong Kil Ho, the shipyard's chief engineer, and two other managers, "
      "KCNA said on Friday.")
E7 = "Ri Hyong Son, a vice director of the Munitions Industry Department, was also summoned for questioning."
E8 = ("An inspection found that the ship's bottom had not been breached as first feared and that repairs could take "
      "about 10 days, the agency added.")
E9 = ("South Korea's Joint Chiefs of Staff said satellite images showed the vessel lying on its side, partly covered "
      "by blue tarpaulins.")
E10 = ("A South Korean military official said the destroyer's design suggested Russian assistance, an accusation "
       "Moscow has previously rejected.")
E11 = ("The failed launch came less than a month after Kim unveiled the Choe Hyon, a destroyer of the same class, at "
       "the western port of Nampo.")
E12 = ("South Korea and the United States this week wrapped up a two-week air combat exercise involving dozens of "
       "fighter jets.")
E13 = "Pyongyang has condemned the drills as a rehearsal for an invasion."
E14 = "North Korea did not say whether anyone was killed or injured in the accident."

EN01 = {
    "id": "hm235-en-01", "lang": "en", "url": None, "published": "2025-05-23",
    "title": "North Korea's Kim calls failed destroyer launch a 'criminal act', officials detained",
    "text": paragraphs([E1, E2], [E3, E4, E5], [E6, E7, E8], [E9, E10, E11], [E12, E13, E14]),
    "events": [
        event("ACCUSE", KIM, LAUNCH_OFFICIALS, E1, mode="disapprove"),
        event("ACCUSE", KIM, LAUNCH_OFFICIALS, E3, mode="disapprove"),
        event("ACCUSE", KIM, MID, E4, mode="disapprove"),
        event("ACCUSE", KIM, SHIPYARD_MGRS, E4, mode="disapprove"),
        event("COERCE", NK_LAW, HONG_KIL_HO, E6, mode="arrest"),
        event("COERCE", NK_LAW, SHIPYARD_MGRS, E6, mode="arrest"),
        event("ACCUSE", NK_LAW, RI_HYONG_SON, E7, mode="investigate"),
        event("ACCUSE", SK_MIL_OFFICIAL, RUSSIA, E10, mode="allege"),
        event("COOPERATE", SOUTH_KOREA, USA, E12),
        event("ACCUSE", NORTH_KOREA, SOUTH_KOREA, E13, mode="disapprove"),
        event("ACCUSE", NORTH_KOREA, USA, E13, mode="disapprove"),
    ],
    "quotes": [
        quote("criminal act", "Kim Jong Un", "direct"),
        quote("absolute carelessness, irresponsibility and unscientific empiricism", "Kim Jong Un", "direct"),
        quote('the accident was caused by "absolute carelessness, irresponsibility and unscientific empiricism,"',
              "Kim Jong Un", "indirect"),
        quote("their mistakes would be dealt with at a plenary meeting of the Workers' Party in June", "Kim Jong Un",
              "indirect"),
        quote("national dignity", "Kim Jong Un", "direct"),
        quote("Law enforcement authorities have detained Hong Kil Ho, the shipyard's chief engineer, and two other "
              "managers", "Korean Central News Agency", "indirect"),
        quote("the ship's bottom had not been breached as first feared", "Korean Central News Agency", "indirect"),
        quote("repairs could take about 10 days", "Korean Central News Agency", "indirect"),
        quote("satellite images showed the vessel lying on its side, partly covered by blue tarpaulins",
              "Joint Chiefs of Staff of South Korea", "indirect"),
        quote("the destroyer's design suggested Russian assistance", "South Korean military official", "indirect"),
    ],
    "entities": [
        entity("Seoul", "LOC", "KOR", ["SEOUL"]),
        entity("Kim Jong Un", "PER", "PRK", ["North Korean leader Kim Jong Un", "Kim"]),
        entity("Korean Central News Agency", "ORG", "PRK", ["KCNA", "the agency"]),
        entity("Chongjin", "LOC", "PRK", ["Chongjin"]),
        entity("Chongjin shipyard", "ORG", "PRK", ["the Chongjin shipyard"]),
        entity("Munitions Industry Department", "ORG", "PRK", ["Munitions Industry Department"]),
        entity("Workers' Party of Korea", "ORG", "PRK", ["the Workers' Party"]),
        entity("Hong Kil Ho", "PER", "PRK", ["Hong Kil Ho, the shipyard's chief engineer"]),
        entity("Ri Hyong Son", "PER", "PRK", ["Ri Hyong Son"]),
        entity("North Korean law enforcement authorities", "ORG", "PRK", ["Law enforcement authorities"]),
        entity("Joint Chiefs of Staff of South Korea", "ORG", "KOR", ["South Korea's Joint Chiefs of Staff"]),
        entity("South Korean military official", "PER", "KOR", ["A South Korean military official"]),
        entity("Moscow", "LOC", "RUS", ["Moscow"]),
        entity("Choe Hyon", "MISC", "PRK", ["the Choe Hyon"]),
        entity("Nampo", "LOC", "PRK", ["Nampo"]),
        entity("South Korea", "LOC", "KOR", ["South Korea"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Pyongyang", "LOC", "PRK", ["Pyongyang"]),
        entity("North Korea", "LOC", "PRK", ["North Korea"]),
    ],
}

# ---------------------------------------------------------------- hm235-en-02 (IAEA board finds Iran in breach)
IAEA_BOARD = actor("IAEA Board of Governors", "UNO", "IGO")
IRAN = actor("Iran", "IRN", "GOV")
FRANCE = actor("France", "FRA", "GOV")
BRITAIN = actor("United Kingdom", "GBR", "GOV")
GERMANY = actor("Germany", "DEU", "GOV")
IRN_MFA = actor("Ministry of Foreign Affairs of Iran", "IRN", "GOV")
GROSSI = actor("Rafael Grossi", "UNO", "IGO")
ARAGHCHI = actor("Abbas Araghchi", "IRN", "GOV")
LI_SONG = actor("Li Song", "CHN", "GOV")

F1 = ("VIENNA (Reuters) - The U.N. nuclear watchdog's 35-nation Board of Governors on Thursday declared Iran in "
      "breach of its non-proliferation obligations for the first time in almost 20 years, prompting Tehran to "
      "announce the opening of a new uranium enrichment site.")
F2 = ("The resolution was drafted by France, Britain and Germany, which accuse Tehran of stonewalling U.N. "
      "inspectors, together with the United States.")
F3 = ("Nineteen countries voted in favour and 11 abstained, while Russia and China were among three members that "
      "voted against the text, diplomats said.")
F4 = ("In a joint statement with the country's Atomic Energy Organization, Iran's foreign ministry called the "
      'resolution "political" and said Tehran had "no choice but to respond" to it.')
F5 = ('A new enrichment facility would be launched at a "secure location," and first-generation centrifuges at the '
      "Fordow plant would be replaced with advanced machines, the statement said.")
F6 = ("IAEA Director General Rafael Grossi said in a report last month that Iran had failed to explain traces of "
      "uranium found at several undeclared sites.")
F7 = "Iran has consistently denied seeking nuclear weapons."
F8 = ('Foreign Minister Abbas Araghchi warned France, Britain and Germany that Tehran would take "strong measures" '
      "if they triggered the return of U.N. sanctions.")
F9 = ("The vote came days before a sixth round of talks between Iran and the United States, mediated by Oman, was "
      "due to take place in Muscat on Sunday.")
F10 = ('U.S. President Donald Trump said he still hoped for a deal but that an Israeli strike on Iran "could very '
       'well happen."')
F11 = ("China's ambassador to the IAEA, Li Song, said pressure on Tehran would only backfire and urged Washington to "
       "return to diplomacy.")
F12 = "The board last found Iran in non-compliance in 2005, a finding that led to U.N. Security Council sanctions."

EN02 = {
    "id": "hm235-en-02", "lang": "en", "url": None, "published": "2025-06-12",
    "title": "IAEA board declares Iran in breach of non-proliferation duties; Tehran announces new enrichment site",
    "text": paragraphs([F1, F2, F3], [F4, F5], [F6, F7, F8], [F9, F10, F11, F12]),
    "events": [
        event("ACCUSE", IAEA_BOARD, IRAN, F1, mode="allege", location="Vienna", location_country="AUT"),
        event("ACCUSE", FRANCE, IRAN, F2, mode="allege"),
        event("ACCUSE", BRITAIN, IRAN, F2, mode="allege"),
        event("ACCUSE", GERMANY, IRAN, F2, mode="allege"),
        event("REJECT", RUSSIA, IAEA_BOARD, F3),
        event("REJECT", CHINA, IAEA_BOARD, F3),
        event("ACCUSE", IRN_MFA, IAEA_BOARD, F4, mode="disapprove"),
        event("THREATEN", IRN_MFA, IAEA_BOARD, F4),
        event("ACCUSE", GROSSI, IRAN, F6, mode="allege"),
        event("THREATEN", ARAGHCHI, FRANCE, F8),
        event("THREATEN", ARAGHCHI, BRITAIN, F8),
        event("THREATEN", ARAGHCHI, GERMANY, F8),
        event("AGREE", IRAN, USA, F9, location="Muscat", location_country="OMN"),
        event("REQUEST", LI_SONG, USA, F11, mode="meet"),
    ],
    "quotes": [
        quote("political", "Ministry of Foreign Affairs of Iran", "direct"),
        quote("no choice but to respond", "Ministry of Foreign Affairs of Iran", "direct"),
        quote('Tehran had "no choice but to respond" to it', "Ministry of Foreign Affairs of Iran", "indirect"),
        quote("secure location", "Ministry of Foreign Affairs of Iran", "direct"),
        quote('A new enrichment facility would be launched at a "secure location," and first-generation centrifuges '
              "at the Fordow plant would be replaced with advanced machines", "Ministry of Foreign Affairs of Iran",
              "indirect"),
        quote("Iran had failed to explain traces of uranium found at several undeclared sites", "Rafael Grossi",
              "indirect"),
        quote("strong measures", "Abbas Araghchi", "direct"),
        quote('Tehran would take "strong measures" if they triggered the return of U.N. sanctions', "Abbas Araghchi",
              "indirect"),
        quote("he still hoped for a deal", "Donald Trump", "indirect"),
        quote("could very well happen", "Donald Trump", "direct"),
        quote('an Israeli strike on Iran "could very well happen."', "Donald Trump", "indirect"),
        quote("pressure on Tehran would only backfire", "Li Song", "indirect"),
    ],
    "entities": [
        entity("Vienna", "LOC", "AUT", ["VIENNA"]),
        entity("IAEA Board of Governors", "ORG", "UNO", ["The U.N. nuclear watchdog's 35-nation Board of Governors",
                                                         "The board"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Tehran", "LOC", "IRN", ["Tehran"]),
        entity("France", "LOC", "FRA", ["France"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("Germany", "LOC", "DEU", ["Germany"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Atomic Energy Organization of Iran", "ORG", "IRN", ["the country's Atomic Energy Organization"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["Iran's foreign ministry"]),
        entity("Fordow", "LOC", "IRN", ["the Fordow plant"]),
        entity("International Atomic Energy Agency", "ORG", "UNO", ["IAEA"]),
        entity("Rafael Grossi", "PER", "UNO", ["IAEA Director General Rafael Grossi"]),
        entity("Abbas Araghchi", "PER", "IRN", ["Foreign Minister Abbas Araghchi"]),
        entity("United Nations", "ORG", "UNO", ["U.N."]),
        entity("Oman", "LOC", "OMN", ["Oman"]),
        entity("Muscat", "LOC", "OMN", ["Muscat"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump"]),
        entity("Israel", "LOC", "ISR", ["Israeli"]),
        entity("Li Song", "PER", "CHN", ["China's ambassador to the IAEA, Li Song"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("UN Security Council", "ORG", "UNO", ["U.N. Security Council"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
