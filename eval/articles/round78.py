"""Round 78: six invented wire-style articles (4 German, 2 English), written blind.

Stories (invented details, real 2023-2025 settings):
- hm78-de-01: Kosovo — Serb protesters attack KFOR soldiers in Zvečan over the Albanian mayors; Vučić
  puts the army on alert, NATO sends reinforcements, the US drops Kosovo from an exercise (May 2023).
- hm78-de-02: Armenia and Azerbaijan agree a peace text at the White House; transit corridor, Section
  907 waiver, Velayati's threat (Aug 2025).
- hm78-de-03: France — a Paris court convicts Marine Le Pen and bars her from running; reactions from
  Bardella, Bayrou, Orbán, Salvini and the Kremlin (March 2025).
- hm78-de-04: Ukraine's drone strike on Russian airfields and the second round of talks in Istanbul
  (June 2025).
- hm78-en-01: California sues over Trump's National Guard deployment to Los Angeles (June 2025).
- hm78-en-02: Moldova bars the pro-Russian Heart of Moldova party before the parliamentary election
  (Sept 2025).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------------------
# hm78-de-01: Kosovo, clashes in Zvečan
# ---------------------------------------------------------------------------
XKX_SERBS = actor("Kosovo Serb protesters", "XKX", "CVL")
KFOR = actor("KFOR", "IGO", "MIL")
XKX_MAYORS = actor("ethnic Albanian mayors", "XKX", "GOV")
VUCIC = actor("Aleksandar Vučić", "SRB", "GOV")
KURTI = actor("Albin Kurti", "XKX", "GOV")
STOLTENBERG = actor("Jens Stoltenberg", "IGO", "IGO")
USA = actor("United States", "USA", "GOV")
XKX_GOV = actor("Government of Kosovo", "XKX", "GOV")
XKX = actor("Kosovo", "XKX", "GOV")
SRB = actor("Serbia", "SRB", "GOV")

K_S1 = ("Serbische Demonstranten haben im Norden Kosovos am Montag Soldaten der Nato-geführten Schutztruppe "
        "Kfor mit Steinen, Flaschen und Brandsätzen angegriffen.")
K_S2 = ("Nach Angaben der Kfor wurden dabei in der Stadt Zvečan 30 Soldaten aus Italien und Ungarn verletzt, "
        "einige davon schwer.")
K_S3 = "Die Soldaten setzten Tränengas und Blendgranaten ein, um die Menge vor dem Rathaus zu zerstreuen."
K_S4 = "Die Serben protestieren seit Tagen gegen die Amtseinführung albanischer Bürgermeister in der Region."
K_S5 = ("Serbiens Präsident Aleksandar Vučić versetzte die Armee in höchste Alarmbereitschaft und ließ "
        "Einheiten an die Grenze verlegen.")
K_S6 = "Er warf Kosovos Regierungschef Albin Kurti vor, die Lage bewusst eskalieren zu lassen."
K_S7 = "Nato-Generalsekretär Jens Stoltenberg kündigte die Entsendung von 700 zusätzlichen Soldaten an."
K_S8 = "Die Angriffe auf die Kfor seien »völlig inakzeptabel«, sagte er."
K_S9 = ("Washington forderte die Regierung in Pristina auf, die Bürgermeister vorerst nicht in den Rathäusern "
        "arbeiten zu lassen, und strich Kosovo aus dem Manöver Defender Europe 23.")
K_S10 = ("Kurti wies die Forderung zurück und sprach von »faschistischen Milizen«, die von Belgrad gesteuert "
         "würden.")

DE01 = {
    "id": "hm78-de-01",
    "lang": "de",
    "url": None,
    "published": "2023-05-30",
    "title": "Nato verstärkt Kfor nach Angriffen im Norden Kosovos",
    "text": paragraphs([K_S1, K_S2, K_S3, K_S4], [K_S5, K_S6, K_S7, K_S8], [K_S9, K_S10]),
    "events": [
        event("ASSAULT", XKX_SERBS, KFOR, K_S1, mode="primitive", date="2023-05-29"),
        event("ASSAULT", KFOR, XKX_SERBS, K_S3, mode="crowd-control"),
        event("PROTEST", XKX_SERBS, XKX_MAYORS, K_S4, mode="demo"),
        event("MOBILIZE", VUCIC, None, K_S5, mode="troops"),
        event("ACCUSE", VUCIC, KURTI, K_S6, mode="allege"),
        event("MOBILIZE", STOLTENBERG, None, K_S7, mode="troops"),
        event("ACCUSE", STOLTENBERG, XKX_SERBS, K_S8, mode="disapprove"),
        event("REQUEST", USA, XKX_GOV, K_S9, mode="change"),
        event("SANCTION", USA, XKX, K_S9, mode="expel"),
        event("REJECT", KURTI, USA, K_S10, mode="change"),
        event("ACCUSE", KURTI, SRB, K_S10, mode="allege"),
    ],
    "quotes": [
        quote("wurden dabei in der Stadt Zvečan 30 Soldaten aus Italien und Ungarn verletzt, einige davon "
              "schwer", "KFOR", "indirect"),
        quote("die Lage bewusst eskalieren zu lassen", "Aleksandar Vučić", "indirect"),
        quote("völlig inakzeptabel", "Jens Stoltenberg", "direct"),
        quote("Die Angriffe auf die Kfor seien »völlig inakzeptabel«", "Jens Stoltenberg", "indirect"),
        quote("faschistischen Milizen", "Albin Kurti", "direct"),
    ],
    "entities": [
        entity("Kosovo Serb protesters", "ORG", "XKX", ["Serbische Demonstranten", "die Menge", "Die Serben"]),
        entity("Kosovo", "GPE", "XKX", ["Kosovos", "Kosovo"]),
        entity("KFOR", "ORG", "IGO", ["Soldaten der Nato-geführten Schutztruppe Kfor", "der Kfor",
                                      "Die Soldaten", "die Kfor"]),
        entity("NATO", "ORG", "IGO", ["Nato"]),
        entity("Zvečan", "LOC", "XKX", ["der Stadt Zvečan"]),
        entity("Italy", "GPE", "ITA", ["Italien"]),
        entity("Hungary", "GPE", "HUN", ["Ungarn"]),
        entity("ethnic Albanian mayors", "PER", "XKX", ["albanischer Bürgermeister", "die Bürgermeister"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["Serbiens Präsident Aleksandar Vučić", "Er"]),
        entity("Serbia", "GPE", "SRB", ["Serbiens", "Belgrad"]),
        entity("Serbian Armed Forces", "ORG", "SRB", ["die Armee"]),
        entity("Albin Kurti", "PER", "XKX", ["Kosovos Regierungschef Albin Kurti", "Kurti"]),
        entity("Jens Stoltenberg", "PER", "IGO", ["Nato-Generalsekretär Jens Stoltenberg", "er"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Government of Kosovo", "ORG", "XKX", ["die Regierung in Pristina"]),
        entity("Defender Europe 23", "ORG", "USA", ["dem Manöver Defender Europe 23"]),
    ],
}

# ---------------------------------------------------------------------------
# hm78-de-02: Armenia and Azerbaijan at the White House
# ---------------------------------------------------------------------------
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")
ALIYEV = actor("Ilham Aliyev", "AZE", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
ARM = actor("Armenia", "ARM", "GOV")
USA_GOV = actor("United States", "USA", "GOV")
AZE = actor("Azerbaijan", "AZE", "GOV")
VELAYATI = actor("Ali Akbar Velayati", "IRN", "GOV")

A_S1 = ("Armeniens Regierungschef Nikol Paschinjan und Aserbaidschans Präsident Ilham Alijew haben sich am "
        "Freitag im Weißen Haus auf den Text eines Friedensabkommens geeinigt.")
A_S2 = ("Beide unterzeichneten zudem eine gemeinsame Erklärung, die den jahrzehntelangen Konflikt um "
        "Bergkarabach beenden soll.")
A_S3 = ("US-Präsident Donald Trump, der die beiden Politiker zuvor getrennt empfangen hatte, sprach von "
        "einem »historischen Tag«.")
A_S4 = ("Armenien sicherte zu, den USA exklusive Rechte zur Entwicklung eines Transitkorridors durch die "
        "Provinz Sjunik zu gewähren.")
A_S5 = ("Trump setzte seinerseits eine Klausel außer Kraft, die seit 1992 die militärische Zusammenarbeit "
        "Washingtons mit Baku einschränkte.")
A_S6 = "Alijew sagte, er werde gemeinsam mit Paschinjan Trump für den Friedensnobelpreis vorschlagen."
A_S7 = ("Der Berater des iranischen Revolutionsführers, Ali Akbar Velayati, warnte, der Korridor werde zu "
        "einem »Friedhof für Trumps Söldner« werden.")
A_S8 = ("Kremlsprecher Dmitri Peskow sagte, Moskau respektiere die Entscheidungen seiner Nachbarn, Lösungen "
        "müssten aber von den Ländern der Region selbst gefunden werden.")
A_S9 = "Die beiden Nachbarn hatten seit dem Zerfall der Sowjetunion zwei Kriege um Bergkarabach geführt."

DE02 = {
    "id": "hm78-de-02",
    "lang": "de",
    "url": None,
    "published": "2025-08-09",
    "title": "Armenien und Aserbaidschan einigen sich in Washington auf Friedenstext",
    "text": paragraphs([A_S1, A_S2, A_S3], [A_S4, A_S5, A_S6], [A_S7, A_S8, A_S9]),
    "events": [
        event("AGREE", PASHINYAN, ALIYEV, A_S1, date="2025-08-08", location="White House",
              location_country="USA"),
        event("SUPPORT", PASHINYAN, ALIYEV, A_S2),
        event("CONSULT", PASHINYAN, TRUMP, A_S3, mode="visit"),
        event("CONSULT", ALIYEV, TRUMP, A_S3, mode="visit"),
        event("AGREE", ARM, USA_GOV, A_S4),
        event("RETREAT", TRUMP, AZE, A_S5),
        event("SUPPORT", ALIYEV, TRUMP, A_S6),
        event("THREATEN", VELAYATI, USA_GOV, A_S7, mode="violence"),
    ],
    "quotes": [
        quote("historischen Tag", "Donald Trump", "direct"),
        quote("er werde gemeinsam mit Paschinjan Trump für den Friedensnobelpreis vorschlagen", "Ilham Aliyev",
              "indirect"),
        quote("Friedhof für Trumps Söldner", "Ali Akbar Velayati", "direct"),
        quote("der Korridor werde zu einem »Friedhof für Trumps Söldner« werden", "Ali Akbar Velayati",
              "indirect"),
        quote("Moskau respektiere die Entscheidungen seiner Nachbarn, Lösungen müssten aber von den Ländern der "
              "Region selbst gefunden werden", "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Nikol Pashinyan", "PER", "ARM", ["Armeniens Regierungschef Nikol Paschinjan", "Paschinjan"]),
        entity("Ilham Aliyev", "PER", "AZE", ["Aserbaidschans Präsident Ilham Alijew", "Alijew", "er"]),
        entity("Armenia", "GPE", "ARM", ["Armeniens", "Armenien"]),
        entity("Azerbaijan", "GPE", "AZE", ["Aserbaidschans", "Baku"]),
        entity("White House", "LOC", "USA", ["im Weißen Haus"]),
        entity("Nagorno-Karabakh", "LOC", "AZE", ["Bergkarabach"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump", "Trumps"]),
        entity("United States", "GPE", "USA", ["den USA", "Washingtons"]),
        entity("Syunik Province", "LOC", "ARM", ["die Provinz Sjunik"]),
        entity("Ali Akbar Velayati", "PER", "IRN", ["Der Berater des iranischen Revolutionsführers, Ali Akbar "
                                                    "Velayati"]),
        entity("Ali Khamenei", "PER", "IRN", ["des iranischen Revolutionsführers"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Russia", "GPE", "RUS", ["Moskau"]),
        entity("Soviet Union", "GPE", None, ["der Sowjetunion"]),
    ],
}

# ---------------------------------------------------------------------------
# hm78-de-03: Marine Le Pen convicted
# ---------------------------------------------------------------------------
PARIS_COURT = actor("Paris Criminal Court", "FRA", "JUD")
LE_PEN = actor("Marine Le Pen", "FRA", "OPP")
BARDELLA = actor("Jordan Bardella", "FRA", "PTY")
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
SALVINI = actor("Matteo Salvini", "ITA", "GOV")
KREMLIN = actor("Kremlin", "RUS", "GOV")
FRA_PROSECUTORS = actor("French prosecutors", "FRA", "JUD")

L_S1 = ("Ein Pariser Strafgericht hat die französische Rechtspopulistin Marine Le Pen am Montag wegen der "
        "Veruntreuung von EU-Geldern schuldig gesprochen.")
L_S2 = ("Die Richter verhängten zudem ein fünfjähriges Verbot, für öffentliche Ämter zu kandidieren, das "
        "sofort wirksam wird.")
L_S3 = "Damit kann die 56-Jährige nach derzeitigem Stand nicht bei der Präsidentschaftswahl 2027 antreten."
L_S3B = "Zu Protesten von Anhängern Le Pens vor dem Gericht kam es nach Polizeiangaben nicht."
L_S4 = ("Am Abend sprach sie im Fernsehsender TF1 von einer »politischen Entscheidung« und kündigte "
        "Berufung an.")
L_S5 = ("Parteichef Jordan Bardella warf den Richtern vor, mit dem Urteil »die französische Demokratie "
        "hinzurichten«.")
L_S6 = "Premierminister François Bayrou sagte, er sei über das Urteil »beunruhigt«."
L_S7 = ("Ungarns Ministerpräsident Viktor Orbán und Italiens Vizeregierungschef Matteo Salvini stellten "
        "sich hinter Le Pen.")
L_S8 = "Der Kreml kritisierte das Urteil als Verletzung demokratischer Normen."
L_S9 = ("Die Staatsanwaltschaft hatte Le Pen vorgeworfen, zwischen 2004 und 2016 Assistenten im "
        "Europaparlament mit EU-Geldern bezahlt zu haben, die tatsächlich für die Partei arbeiteten.")
L_S10 = "Ein Urteil im Berufungsverfahren wird für den Sommer 2026 erwartet."

DE03 = {
    "id": "hm78-de-03",
    "lang": "de",
    "url": None,
    "published": "2025-03-31",
    "title": "Gericht verhängt Kandidaturverbot gegen Marine Le Pen",
    "text": paragraphs([L_S1, L_S2, L_S3, L_S3B], [L_S4, L_S5, L_S6], [L_S7, L_S8, L_S9, L_S10]),
    "events": [
        event("SANCTION", PARIS_COURT, LE_PEN, L_S1, mode="convict", date="2025-03-31", location="Paris",
              location_country="FRA"),
        event("COERCE", PARIS_COURT, LE_PEN, L_S2, mode="ban"),
        event("PROTEST", actor("supporters of Marine Le Pen", "FRA", "CVL"), PARIS_COURT, L_S3B, mode="demo",
              negated=True),
        event("ACCUSE", LE_PEN, PARIS_COURT, L_S4, mode="disapprove"),
        event("ACCUSE", BARDELLA, PARIS_COURT, L_S5, mode="disapprove"),
        event("SUPPORT", ORBAN, LE_PEN, L_S7),
        event("SUPPORT", SALVINI, LE_PEN, L_S7),
        event("ACCUSE", KREMLIN, PARIS_COURT, L_S8, mode="disapprove"),
        event("ACCUSE", FRA_PROSECUTORS, LE_PEN, L_S9, mode="allege"),
    ],
    "quotes": [
        quote("Zu Protesten von Anhängern Le Pens vor dem Gericht kam es nach Polizeiangaben nicht",
              "French police", "indirect"),
        quote("politischen Entscheidung", "Marine Le Pen", "direct"),
        quote("die französische Demokratie hinzurichten", "Jordan Bardella", "direct"),
        quote("mit dem Urteil »die französische Demokratie hinzurichten«", "Jordan Bardella", "indirect"),
        quote("beunruhigt", "François Bayrou", "direct"),
        quote("er sei über das Urteil »beunruhigt«", "François Bayrou", "indirect"),
        quote("zwischen 2004 und 2016 Assistenten im Europaparlament mit EU-Geldern bezahlt zu haben, die "
              "tatsächlich für die Partei arbeiteten", "French prosecutors", "indirect"),
    ],
    "entities": [
        entity("Paris Criminal Court", "ORG", "FRA", ["Ein Pariser Strafgericht", "Die Richter",
                                                      "den Richtern"]),
        entity("Marine Le Pen", "PER", "FRA", ["die französische Rechtspopulistin Marine Le Pen",
                                               "die 56-Jährige", "sie", "Le Pen", "Le Pens"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("supporters of Marine Le Pen", "ORG", "FRA", ["Anhängern Le Pens"]),
        entity("French police", "ORG", "FRA", ["Polizeiangaben"]),
        entity("TF1", "ORG", "FRA", ["Fernsehsender TF1"]),
        entity("Jordan Bardella", "PER", "FRA", ["Parteichef Jordan Bardella"]),
        entity("François Bayrou", "PER", "FRA", ["Premierminister François Bayrou", "er"]),
        entity("Viktor Orbán", "PER", "HUN", ["Ungarns Ministerpräsident Viktor Orbán"]),
        entity("Matteo Salvini", "PER", "ITA", ["Italiens Vizeregierungschef Matteo Salvini"]),
        entity("Kremlin", "ORG", "RUS", ["Der Kreml"]),
        entity("French prosecutors", "ORG", "FRA", ["Die Staatsanwaltschaft"]),
        entity("European Parliament", "ORG", "EUR", ["Europaparlament"]),
        entity("National Rally", "ORG", "FRA", ["die Partei"]),
    ],
}

# ---------------------------------------------------------------------------
# hm78-de-04: Drone strike on Russian airfields, talks in Istanbul
# ---------------------------------------------------------------------------
RUS = actor("Russia", "RUS", "GOV")
UKR = actor("Ukraine", "UKR", "GOV")
SBU = actor("Security Service of Ukraine", "UKR", "MIL")
RUS_MIL = actor("Russian Air Force", "RUS", "MIL")
RUS_MOD = actor("Ministry of Defence of Russia", "RUS", "MIL")
MEDINSKY = actor("Vladimir Medinsky", "RUS", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
RUS_ARMY = actor("Russia", "RUS", "MIL")
TUR = actor("Turkey", "TUR", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")

U_S1 = ("Delegationen Russlands und der Ukraine sind am Montag in Istanbul zu einer zweiten Runde direkter "
        "Gespräche zusammengekommen.")
U_S2 = ("Am Vortag hatte der ukrainische Geheimdienst SBU nach eigenen Angaben mit Drohnen, die in "
        "Lastwagen versteckt waren, mehr als 40 Militärflugzeuge auf vier Flugplätzen in Russland getroffen.")
U_S3 = ("Das russische Verteidigungsministerium sprach von einem »Terrorangriff« und teilte mit, mehrere "
        "Flugzeuge seien in Brand geraten.")
U_S4 = ("In Istanbul einigten sich beide Seiten nach Angaben des ukrainischen Verteidigungsministers "
        "Rustem Umerow auf den Austausch aller schwer verwundeten und jungen Kriegsgefangenen.")
U_S5 = "Russland sagte zudem zu, die Leichen von 6000 gefallenen ukrainischen Soldaten zu übergeben."
U_S6 = "Eine bedingungslose Waffenruhe lehnte der russische Delegationsleiter Wladimir Medinski dagegen ab."
U_S7 = ("Moskau übergab stattdessen ein Memorandum, das den Rückzug ukrainischer Truppen aus vier Regionen "
        "als Bedingung nennt.")
U_S8 = "Präsident Wolodymyr Selenskyj nannte die russischen Forderungen ein »Ultimatum«."
U_S9 = "Russland überzog die Ukraine in der Nacht erneut mit Drohnen- und Raketenangriffen."
U_S10 = "Die Türkei bot an, ein Treffen Selenskyjs mit Kremlchef Wladimir Putin auszurichten."

DE04 = {
    "id": "hm78-de-04",
    "lang": "de",
    "url": None,
    "published": "2025-06-02",
    "title": "Nach Drohnenangriffen auf Flugplätze: Russland und Ukraine verhandeln in Istanbul",
    "text": paragraphs([U_S1, U_S2, U_S3], [U_S4, U_S5, U_S6, U_S7], [U_S8, U_S9, U_S10]),
    "events": [
        event("CONSULT", RUS, UKR, U_S1, mode="third-party", date="2025-06-02", location="Istanbul",
              location_country="TUR"),
        event("ASSAULT", SBU, RUS_MIL, U_S2, mode="drone", date="2025-06-01", location="Russia",
              location_country="RUS"),
        event("ACCUSE", RUS_MOD, UKR, U_S3, mode="disapprove"),
        event("AGREE", RUS, UKR, U_S4, location="Istanbul", location_country="TUR"),
        event("CONCEDE", RUS, UKR, U_S5),
        event("REJECT", MEDINSKY, UKR, U_S6, mode="yield"),
        event("REQUEST", RUS, UKR, U_S7, mode="change"),
        event("ACCUSE", ZELENSKY, RUS, U_S8, mode="disapprove"),
        event("ASSAULT", RUS_ARMY, UKR, U_S9),
        event("AGREE", TUR, ZELENSKY, U_S10),
        event("AGREE", TUR, PUTIN, U_S10),
    ],
    "quotes": [
        quote("Am Vortag hatte der ukrainische Geheimdienst SBU nach eigenen Angaben mit Drohnen, die in "
              "Lastwagen versteckt waren, mehr als 40 Militärflugzeuge auf vier Flugplätzen in Russland "
              "getroffen", "Security Service of Ukraine", "indirect"),
        quote("Terrorangriff", "Ministry of Defence of Russia", "direct"),
        quote("mehrere Flugzeuge seien in Brand geraten", "Ministry of Defence of Russia", "indirect"),
        quote("In Istanbul einigten sich beide Seiten nach Angaben des ukrainischen Verteidigungsministers "
              "Rustem Umerow auf den Austausch aller schwer verwundeten und jungen Kriegsgefangenen",
              "Rustem Umerov", "indirect"),
        quote("Ultimatum", "Volodymyr Zelensky", "direct"),
    ],
    "entities": [
        entity("Russia", "GPE", "RUS", ["Russlands", "Russland", "Moskau"]),
        entity("Ukraine", "GPE", "UKR", ["der Ukraine", "die Ukraine"]),
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Security Service of Ukraine", "ORG", "UKR", ["der ukrainische Geheimdienst SBU"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Das russische Verteidigungsministerium"]),
        entity("Rustem Umerov", "PER", "UKR", ["des ukrainischen Verteidigungsministers Rustem Umerow"]),
        entity("Vladimir Medinsky", "PER", "RUS", ["der russische Delegationsleiter Wladimir Medinski"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "Selenskyjs"]),
        entity("Turkey", "GPE", "TUR", ["Die Türkei"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("Armed Forces of Ukraine", "ORG", "UKR", ["ukrainischer Truppen"]),
    ],
}

# ---------------------------------------------------------------------------
# hm78-en-01: National Guard in Los Angeles
# ---------------------------------------------------------------------------
CALIFORNIA = actor("California", "USA", "GOV")
TRUMP_ADMIN = actor("Trump administration", "USA", "GOV")
LA_PROTESTERS = actor("Los Angeles protesters", "USA", "CVL")
ICE = actor("U.S. Immigration and Customs Enforcement", "USA", "COP")
NEWSOM = actor("Gavin Newsom", "USA", "GOV")
LAPD = actor("Los Angeles Police Department", "USA", "COP")
HEGSETH = actor("Pete Hegseth", "USA", "GOV")

N_S1 = ("California sued the Trump administration on Monday over the deployment of National Guard troops to "
        "Los Angeles, where protests against immigration raids entered a fourth day.")
N_S2 = ("Governor Gavin Newsom said the federalisation of 2,000 Guard members without his consent was "
        "“illegal” and violated state sovereignty.")
N_S3 = ("Trump had ordered the troops into the city on Saturday after clashes between protesters and federal "
        "agents in the suburb of Paramount.")
N_S4 = "Police fired tear gas and rubber bullets on Sunday to disperse protesters on a downtown freeway."
N_S5 = "The Los Angeles Police Department said 56 people had been arrested over the weekend."
N_S6 = "Defense Secretary Pete Hegseth said that 700 Marines had been placed on alert."
N_S7 = ("“This is a manufactured crisis,” Newsom told reporters, “and the president is pouring gasoline on "
        "the fire.”")
N_S8 = ("Trump told reporters that he would support arresting the governor and accused him of “gross "
        "incompetence” in handling the unrest.")

EN01 = {
    "id": "hm78-en-01",
    "lang": "en",
    "url": None,
    "published": "2025-06-09",
    "title": "California sues Trump over National Guard deployment in Los Angeles",
    "text": paragraphs([N_S1, N_S2, N_S3], [N_S4, N_S5, N_S6], [N_S7, N_S8]),
    "events": [
        event("ACCUSE", CALIFORNIA, TRUMP_ADMIN, N_S1, mode="allege", date="2025-06-09"),
        event("PROTEST", LA_PROTESTERS, ICE, N_S1, mode="demo", location="Los Angeles", location_country="USA"),
        event("ACCUSE", NEWSOM, TRUMP, N_S2, mode="disapprove"),
        event("MOBILIZE", TRUMP, None, N_S3, mode="troops", date="2025-06-07", location="Los Angeles",
              location_country="USA"),
        event("ASSAULT", LAPD, LA_PROTESTERS, N_S4, mode="crowd-control", date="2025-06-08",
              location="Los Angeles", location_country="USA"),
        event("COERCE", LAPD, LA_PROTESTERS, N_S5, mode="arrest"),
        event("MOBILIZE", HEGSETH, None, N_S6, mode="troops"),
        event("ACCUSE", NEWSOM, TRUMP, N_S7, mode="disapprove"),
        event("THREATEN", TRUMP, NEWSOM, N_S8, mode="arrest"),
        event("ACCUSE", TRUMP, NEWSOM, N_S8, mode="disapprove"),
    ],
    "quotes": [
        quote("illegal", "Gavin Newsom", "direct"),
        quote("the federalisation of 2,000 Guard members without his consent was “illegal” and violated state "
              "sovereignty", "Gavin Newsom",
              "indirect"),
        quote("56 people had been arrested over the weekend", "Los Angeles Police Department", "indirect"),
        quote("that 700 Marines had been placed on alert", "Pete Hegseth", "indirect"),
        quote("This is a manufactured crisis", "Gavin Newsom", "direct"),
        quote("and the president is pouring gasoline on the fire", "Gavin Newsom", "direct"),
        quote("that he would support arresting the governor", "Donald Trump", "indirect"),
        quote("gross incompetence", "Donald Trump", "direct"),
    ],
    "entities": [
        entity("California", "GPE", "USA", ["California"]),
        entity("Trump administration", "ORG", "USA", ["the Trump administration"]),
        entity("California National Guard", "ORG", "USA", ["National Guard troops", "2,000 Guard members",
                                                           "the troops"]),
        entity("Los Angeles", "LOC", "USA", ["Los Angeles", "the city"]),
        entity("Los Angeles protesters", "ORG", "USA", ["protesters"]),
        entity("Gavin Newsom", "PER", "USA", ["Governor Gavin Newsom", "Newsom", "the governor", "him"]),
        entity("Donald Trump", "PER", "USA", ["Trump", "the president", "he"]),
        entity("U.S. Immigration and Customs Enforcement", "ORG", "USA", ["federal agents"]),
        entity("Paramount", "LOC", "USA", ["the suburb of Paramount"]),
        entity("Los Angeles Police Department", "ORG", "USA", ["Police", "The Los Angeles Police Department"]),
        entity("Pete Hegseth", "PER", "USA", ["Defense Secretary Pete Hegseth"]),
        entity("United States Marine Corps", "ORG", "USA", ["700 Marines"]),
    ],
}

# ---------------------------------------------------------------------------
# hm78-en-02: Moldova bars Heart of Moldova
# ---------------------------------------------------------------------------
MDA_CEC = actor("Central Electoral Commission of Moldova", "MDA", "GOV")
HEART = actor("Heart of Moldova", "MDA", "PTY")
MDA_COURT = actor("Chisinau Court of Appeal", "MDA", "JUD")
VLAH = actor("Irina Vlah", "MDA", "PTY")
MDA_POLICE = actor("Moldovan police", "MDA", "COP")
MDA_SUSPECTS = actor("suspects in an alleged unrest plot", "MDA", "CVL")
SANDU = actor("Maia Sandu", "MDA", "GOV")
RUS_EN = actor("Russia", "RUS", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
MDA_GOV = actor("Government of Moldova", "MDA", "GOV")
EU_EN = actor("European Union", "EUR", "IGO")
MDA = actor("Moldova", "MDA", "GOV")

M_S1 = ("Moldova’s Central Electoral Commission on Friday barred the pro-Russian party Heart of Moldova from "
        "running in Sunday’s parliamentary election.")
M_S2 = ("The decision followed a court ruling that suspended the party’s activities for 12 months over "
        "alleged illegal financing and voter bribery.")
M_S3 = "Party leader Irina Vlah called the move “political repression” and said she would appeal."
M_S4 = ("Police said they had detained 74 people in raids on Monday over an alleged plot to stir up mass "
        "unrest after the vote.")
M_S5 = "President Maia Sandu accused Moscow of spending “hundreds of millions of euros” to buy votes."
M_S6 = ("The Kremlin denied interfering, and Foreign Ministry spokeswoman Maria Zakharova accused Chisinau of "
        "“suppressing the opposition.”")
M_S7 = ("The European Union has sent a team of experts to help Moldova counter hybrid threats and "
        "disinformation ahead of the vote.")
M_S8 = "Brussels also pledged 270 million euros in budget support for next year."
M_S9 = "Sandu’s Party of Action and Solidarity won a majority in 2021 but has been trailing in some polls."

EN02 = {
    "id": "hm78-en-02",
    "lang": "en",
    "url": None,
    "published": "2025-09-27",
    "title": "Moldova bars pro-Russian party from Sunday's election",
    "text": paragraphs([M_S1, M_S2, M_S3], [M_S4, M_S5, M_S6], [M_S7, M_S8, M_S9]),
    "events": [
        event("COERCE", MDA_CEC, HEART, M_S1, mode="restrict", date="2025-09-26"),
        event("COERCE", MDA_COURT, HEART, M_S2, mode="ban"),
        event("ACCUSE", VLAH, MDA_CEC, M_S3, mode="disapprove"),
        event("COERCE", MDA_POLICE, MDA_SUSPECTS, M_S4, mode="arrest", date="2025-09-22"),
        event("ACCUSE", SANDU, RUS_EN, M_S5, mode="allege"),
        event("ACCUSE", ZAKHAROVA, MDA_GOV, M_S6, mode="disapprove"),
        event("AID", EU_EN, MDA, M_S7),
        event("AGREE", EU_EN, MDA, M_S8),
    ],
    "quotes": [
        quote("political repression", "Irina Vlah", "direct"),
        quote("she would appeal", "Irina Vlah", "indirect"),
        quote("they had detained 74 people in raids on Monday over an alleged plot to stir up mass unrest after "
              "the vote", "Moldovan police", "indirect"),
        quote("hundreds of millions of euros", "Maia Sandu", "direct"),
        quote("suppressing the opposition", "Maria Zakharova", "direct"),
    ],
    "entities": [
        entity("Moldova", "GPE", "MDA", ["Moldova’s", "Moldova", "Chisinau"]),
        entity("Central Electoral Commission of Moldova", "ORG", "MDA", ["Moldova’s Central Electoral "
                                                                         "Commission"]),
        entity("Heart of Moldova", "ORG", "MDA", ["the pro-Russian party Heart of Moldova", "the party’s"]),
        entity("Chisinau Court of Appeal", "ORG", "MDA", ["a court"]),
        entity("Irina Vlah", "PER", "MDA", ["Party leader Irina Vlah", "she"]),
        entity("Moldovan police", "ORG", "MDA", ["Police", "they"]),
        entity("suspects in an alleged unrest plot", "ORG", "MDA", ["74 people"]),
        entity("Maia Sandu", "PER", "MDA", ["President Maia Sandu", "Sandu’s"]),
        entity("Russia", "GPE", "RUS", ["Moscow", "The Kremlin"]),
        entity("Maria Zakharova", "PER", "RUS", ["Foreign Ministry spokeswoman Maria Zakharova"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["Foreign Ministry"]),
        entity("European Union", "ORG", "EUR", ["The European Union", "Brussels"]),
        entity("Party of Action and Solidarity", "ORG", "MDA", ["Sandu’s Party of Action and Solidarity"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
