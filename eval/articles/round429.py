"""Round 429: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, North America, invented wording and details):
- hm429-de-01: Canada: Conservative Don Stewart wins the Toronto-St. Paul's by-election; Poilievre demands an early election and attacks Trudeau, Liberal MP Wayne Long calls on Trudeau to resign and Trudeau refuses, the NDP does not end its agreement but Singh attacks Trudeau and Poilievre, Carolyn Bennett's resignation recalled (2024-06-25).
- hm429-de-02: United States: acting Manhattan U.S. attorney Danielle Sassoon resigns rather than drop the corruption case against Eric Adams; Bove's order, Sassoon's quid-pro-quo allegation and Adams's denial, Bove accuses her and suspends Hagan Scotten and his team, John Keller resigns, Democrats demand Adams's resignation (2025-02-14).
- hm429-de-03: Mexico/United States: the Mexican Navy training ship Cuauhtémoc hits the Brooklyn Bridge, two cadets dead; the Navy pledges cooperation with U.S. authorities, Sheinbaum promises support to families, the NTSB investigates, NYPD and FDNY take the injured to hospital, Duffy offers help (2025-05-18).
- hm429-de-04: United States: death toll of the Texas Hill Country flash floods passes 80; Trump declares a major disaster at Abbott's request, Coast Guard, National Guard, volunteers and Mexican rescuers search, Schumer demands an inquiry into Weather Service cuts, Leavitt attacks the Democrats, Noem defends the Weather Service, Trump plans a visit (2025-07-07).
- hm429-en-01: Canada: Saskatchewan's legislature passes the Parents' Bill of Rights on school pronouns under the notwithstanding clause; Megaw's earlier ruling and Moe's attack on it, protest in Regina, Beck accuses Moe, the NDP's referral request rejected, Kuttai's resignation, Broda's finding, Trudeau's criticism (2023-10-20).
- hm429-en-02: Canada: wildfire destroys up to half of Jasper; Alberta asks Ottawa for military help and Trudeau approves, the armed forces fly in troops, foreign firefighters and the Red Cross help, residents accuse Parks Canada, which denies it, Smith thanks Ottawa (2024-07-25).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm429-de-01 (Canada, Toronto-St. Paul's by-election)
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
LONG = actor("Wayne Long", "CAN", "LEG")
NDP = actor("New Democratic Party", "CAN", "PTY")
LIBERALS = actor("Liberal Party of Canada", "CAN", "PTY")
SINGH = actor("Jagmeet Singh", "CAN", "PTY")
BENNETT = actor("Carolyn Bennett", "CAN", "LEG")

T1 = ("Toronto (dpa) - Die Liberalen des kanadischen Premierministers Justin Trudeau haben bei einer Nachwahl in "
      "Toronto einen ihrer sichersten Wahlkreise an die konservative Opposition verloren.")
T2 = ("Im Bezirk Toronto–St. Paul's setzte sich der Konservative Don Stewart am Montag knapp gegen die liberale "
      "Kandidatin Leslie Church durch, wie die Wahlbehörde Elections Canada in der Nacht mitteilte.")
T3 = "Der Wahlkreis war seit 1993 ununterbrochen in der Hand der Liberalen."
T4 = ("Oppositionsführer Pierre Poilievre sprach von einem „Erdbeben“ und forderte Trudeau auf, umgehend eine "
      "vorgezogene Parlamentswahl auszurufen.")
T5 = ("Der Chef der Konservativen warf dem Premier vor, mit seiner CO2-Abgabe die Lebenshaltungskosten in die Höhe "
      "getrieben zu haben.")
T6 = "Auch in den eigenen Reihen wächst der Druck auf Trudeau."
T7 = ("Der liberale Abgeordnete Wayne Long aus New Brunswick forderte den Premierminister in einer E-Mail an die "
      "Fraktion zum Rücktritt auf.")
T8 = "„Die Menschen hören uns nicht mehr zu, und sie wollen einen Wechsel an der Spitze“, schrieb Long."
T9 = "Trudeau lehnte einen Rücktritt am Dienstag ab."
T10 = "Er verstehe die Sorgen und den Frust der Menschen, sagte er vor Journalisten in Ottawa."
T11 = ("Das Ergebnis sei „eindeutig nicht das, was wir wollten“, doch er werde weiter hart arbeiten, um greifbare "
       "Fortschritte für die Kanadier zu erzielen.")
T12 = ("Die Neue Demokratische Partei (NDP), die Trudeaus Minderheitsregierung im Parlament stützt, kündigte ihre "
       "Vereinbarung mit den Liberalen nicht auf.")
T13 = ("NDP-Chef Jagmeet Singh warf Trudeau jedoch vor, die Sorgen der Menschen um steigende Mieten und "
       "Lebensmittelpreise zu ignorieren.")
T14 = "Zugleich betonte er, Poilievre würde als Premier Sozialprogramme wie die neue Zahnversicherung streichen."
T15 = "Umfragen sehen die Konservativen landesweit seit Monaten mit rund 20 Prozentpunkten vor den Liberalen."
T16 = ("Trudeau regiert seit 2015 und will die Liberalen auch in die nächste Wahl führen, die spätestens im Oktober "
       "2025 stattfinden muss.")
T17 = ("Die Nachwahl war nötig geworden, weil die frühere Ministerin Carolyn Bennett ihr Mandat niedergelegt hatte, um "
       "Botschafterin in Dänemark zu werden.")

DE01 = {
    "id": "hm429-de-01", "lang": "de", "url": None, "published": "2024-06-25",
    "title": "Trudeaus Liberale verlieren Hochburg in Toronto",
    "text": paragraphs([T1, T2, T3], [T4, T5], [T6, T7, T8, T9, T10, T11], [T12, T13, T14], [T15, T16, T17]),
    "events": [
        event("REQUEST", POILIEVRE, TRUDEAU, T4, mode="change"),
        event("ACCUSE", POILIEVRE, TRUDEAU, T5, mode="disapprove"),
        event("REQUEST", LONG, TRUDEAU, T7, mode="change"),
        event("REJECT", TRUDEAU, LONG, T9, mode="change", date="2024-06-25"),
        event("SANCTION", NDP, LIBERALS, T12, mode="discontinue", negated=True),
        event("ACCUSE", SINGH, TRUDEAU, T13, mode="disapprove"),
        event("ACCUSE", SINGH, POILIEVRE, T14, mode="allege"),
        event("RETREAT", BENNETT, None, T17, mode="resign"),
    ],
    "quotes": [
        quote("Im Bezirk Toronto–St. Paul's setzte sich der Konservative Don Stewart am Montag knapp gegen die "
              "liberale Kandidatin Leslie Church durch", "Elections Canada", "indirect"),
        quote("Erdbeben", "Pierre Poilievre", "direct"),
        quote("mit seiner CO2-Abgabe die Lebenshaltungskosten in die Höhe getrieben zu haben", "Pierre Poilievre",
              "indirect"),
        quote("Die Menschen hören uns nicht mehr zu, und sie wollen einen Wechsel an der Spitze", "Wayne Long",
              "direct"),
        quote("Er verstehe die Sorgen und den Frust der Menschen", "Justin Trudeau", "indirect"),
        quote("eindeutig nicht das, was wir wollten", "Justin Trudeau", "direct"),
        quote("Das Ergebnis sei „eindeutig nicht das, was wir wollten“, doch er werde weiter hart arbeiten, um "
              "greifbare Fortschritte für die Kanadier zu erzielen", "Justin Trudeau", "indirect"),
        quote("die Sorgen der Menschen um steigende Mieten und Lebensmittelpreise zu ignorieren", "Jagmeet Singh",
              "indirect"),
        quote("Poilievre würde als Premier Sozialprogramme wie die neue Zahnversicherung streichen", "Jagmeet Singh",
              "indirect"),
    ],
    "entities": [
        entity("Toronto", "LOC", "CAN", ["Toronto"]),
        entity("Liberal Party of Canada", "ORG", "CAN", ["Die Liberalen", "der Liberalen", "den Liberalen",
                                                         "die Liberalen"]),
        entity("Justin Trudeau", "PER", "CAN", ["des kanadischen Premierministers Justin Trudeau", "Trudeau",
                                                "dem Premier", "den Premierminister", "Er", "er", "Trudeaus"]),
        entity("Toronto–St. Paul's", "LOC", "CAN", ["einen ihrer sichersten Wahlkreise",
                                                    "Bezirk Toronto–St. Paul's", "Der Wahlkreis"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["die konservative Opposition", "der Konservativen",
                                                              "die Konservativen"]),
        entity("Don Stewart", "PER", "CAN", ["der Konservative Don Stewart"]),
        entity("Leslie Church", "PER", "CAN", ["die liberale Kandidatin Leslie Church"]),
        entity("Elections Canada", "ORG", "CAN", ["die Wahlbehörde Elections Canada"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Oppositionsführer Pierre Poilievre", "Der Chef der Konservativen",
                                                  "Poilievre"]),
        entity("Wayne Long", "PER", "CAN", ["Der liberale Abgeordnete Wayne Long aus New Brunswick", "Long"]),
        entity("New Brunswick", "LOC", "CAN", ["New Brunswick"]),
        entity("Liberal caucus", "ORG", "CAN", ["die Fraktion"]),
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Canadians", "PER", "CAN", ["die Kanadier"]),
        entity("New Democratic Party", "ORG", "CAN", ["Die Neue Demokratische Partei (NDP)", "NDP"]),
        entity("Government of Canada", "ORG", "CAN", ["Trudeaus Minderheitsregierung"]),
        entity("Parliament of Canada", "ORG", "CAN", ["im Parlament"]),
        entity("Jagmeet Singh", "PER", "CAN", ["NDP-Chef Jagmeet Singh", "er"]),
        entity("Carolyn Bennett", "PER", "CAN", ["die frühere Ministerin Carolyn Bennett"]),
        entity("Denmark", "LOC", "DNK", ["Dänemark"]),
    ],
}

# ---------------------------------------------------------------- hm429-de-02 (United States, Sassoon resigns)
SASSOON = actor("Danielle Sassoon", "USA", "JUD")
BOVE = actor("Emil Bove", "USA", "GOV")
SDNY = actor("United States Attorney's Office for the Southern District of New York", "USA", "JUD")
ADAMS_LAWYERS = actor("lawyers of Eric Adams", "USA", "CVL")
ADAMS = actor("Eric Adams", "USA", "GOV")
SCOTTEN = actor("Hagan Scotten", "USA", "JUD")
ADAMS_TEAM = actor("prosecutors in the Eric Adams case", "USA", "JUD")
KELLER = actor("John Keller", "USA", "GOV")
BIDEN_ADMIN = actor("Biden administration", "USA", "GOV")
NY_DEMS = actor("New York Democrats", "USA", "PTY")
LANDER = actor("Brad Lander", "USA", "GOV")

U1 = ("Washington (dpa) - Im Streit über die Korruptionsanklage gegen New Yorks Bürgermeister Eric Adams ist die "
      "kommissarische Bundesstaatsanwältin in Manhattan, Danielle Sassoon, zurückgetreten.")
U2 = ("Sassoon hatte sich zuvor geweigert, eine Anweisung des kommissarischen Vize-Justizministers Emil Bove "
      "umzusetzen, das Verfahren gegen den Demokraten einzustellen.")
U3 = ("Bove hatte die Staatsanwälte am Montag schriftlich angewiesen, die Anklage fallen zu lassen, weil sie Adams "
      "bei der Unterstützung der Einwanderungspolitik von Präsident Donald Trump behindere.")
U4 = ("In einem Brief an Justizministerin Pam Bondi warf Sassoon den Anwälten des Bürgermeisters vor, eine Art "
      "Tauschgeschäft angeboten zu haben.")
U5 = ("Demnach sollte Adams der Regierung bei der Durchsetzung der Einwanderungsgesetze helfen, wenn im Gegenzug das "
      "Verfahren eingestellt werde.")
U6 = "Adams wies die Darstellung entschieden zurück."
U7 = ("„Ich habe niemals meine Autorität als Bürgermeister gegen eine Einstellung meines Verfahrens eingetauscht“, "
      "schrieb er auf der Plattform X.")
U8 = "Bove reagierte mit einem scharfen Schreiben, in dem er Sassoons Rücktritt annahm und ihr Illoyalität vorwarf."
U9 = "Zudem stellte er den federführenden Staatsanwalt Hagan Scotten und dessen Team vom Dienst frei."
U10 = ("Am Donnerstag trat zudem der kommissarische Leiter der Abteilung für öffentliche Integrität im "
       "Justizministerium, John Keller, zurück.")
U11 = ("Die Anklage wirft Adams vor, von türkischen Geschäftsleuten und Regierungsvertretern illegale "
       "Wahlkampfspenden und Luxusreisen angenommen zu haben.")
U12 = ("Adams hat auf nicht schuldig plädiert und wirft der früheren Regierung von Präsident Joe Biden politische "
       "Verfolgung vor.")
U13 = "Der zuständige Bundesrichter Dale Ho muss einer Einstellung des Verfahrens noch zustimmen."
U14 = "Demokratische Politiker in New York forderten Adams erneut zum Rücktritt auf."
U15 = ("Der New Yorker Rechnungsprüfer Brad Lander, der bei der Bürgermeisterwahl im Juni gegen Adams antreten will, "
       "sprach von einem „korrupten Deal“.")
U16 = "Gouverneurin Kathy Hochul, die Adams absetzen könnte, ließ offen, ob sie Schritte gegen ihn einleiten werde."

DE02 = {
    "id": "hm429-de-02", "lang": "de", "url": None, "published": "2025-02-14",
    "title": "Staatsanwältin tritt im Streit um Verfahren gegen New Yorks Bürgermeister zurück",
    "text": paragraphs([U1, U2, U3], [U4, U5, U6, U7], [U8, U9, U10], [U11, U12, U13], [U14, U15, U16]),
    "events": [
        event("RETREAT", SASSOON, None, U1, mode="resign"),
        event("REJECT", SASSOON, BOVE, U2),
        event("REQUEST", BOVE, SDNY, U3, date="2025-02-10"),
        event("ACCUSE", SASSOON, ADAMS_LAWYERS, U4, mode="allege"),
        event("ACCUSE", BOVE, SASSOON, U8, mode="disapprove"),
        event("COERCE", BOVE, SCOTTEN, U9, mode="restrict"),
        event("COERCE", BOVE, ADAMS_TEAM, U9, mode="restrict"),
        event("RETREAT", KELLER, None, U10, mode="resign", date="2025-02-13"),
        event("ACCUSE", SDNY, ADAMS, U11, mode="allege"),
        event("ACCUSE", ADAMS, BIDEN_ADMIN, U12, mode="allege"),
        event("REQUEST", NY_DEMS, ADAMS, U14, mode="change"),
        event("ACCUSE", LANDER, ADAMS, U15, mode="disapprove"),
    ],
    "quotes": [
        quote("weil sie Adams bei der Unterstützung der Einwanderungspolitik von Präsident Donald Trump behindere",
              "Emil Bove", "indirect"),
        quote("eine Art Tauschgeschäft angeboten zu haben", "Danielle Sassoon", "indirect"),
        quote("Demnach sollte Adams der Regierung bei der Durchsetzung der Einwanderungsgesetze helfen, wenn im "
              "Gegenzug das Verfahren eingestellt werde", "Danielle Sassoon", "indirect"),
        quote("Ich habe niemals meine Autorität als Bürgermeister gegen eine Einstellung meines Verfahrens "
              "eingetauscht", "Eric Adams", "direct"),
        quote("von türkischen Geschäftsleuten und Regierungsvertretern illegale Wahlkampfspenden und Luxusreisen "
              "angenommen zu haben", "United States Attorney's Office for the Southern District of New York",
              "indirect"),
        quote("korrupten Deal", "Brad Lander", "direct"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Eric Adams", "PER", "USA", ["New Yorks Bürgermeister Eric Adams", "den Demokraten", "Adams",
                                            "des Bürgermeisters", "er", "ihn"]),
        entity("New York City", "LOC", "USA", ["New Yorks", "New York"]),
        entity("Danielle Sassoon", "PER", "USA", ["die kommissarische Bundesstaatsanwältin in Manhattan, Danielle "
                                                  "Sassoon", "Sassoon", "Sassoons", "ihr"]),
        entity("Manhattan", "LOC", "USA", ["Manhattan"]),
        entity("Emil Bove", "PER", "USA", ["des kommissarischen Vize-Justizministers Emil Bove", "Bove", "er"]),
        entity("United States Attorney's Office for the Southern District of New York", "ORG", "USA",
               ["die Staatsanwälte"]),
        entity("Donald Trump", "PER", "USA", ["Präsident Donald Trump"]),
        entity("Pam Bondi", "PER", "USA", ["Justizministerin Pam Bondi"]),
        entity("lawyers of Eric Adams", "PER", "USA", ["den Anwälten des Bürgermeisters"]),
        entity("Government of the United States", "ORG", "USA", ["der Regierung"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Hagan Scotten", "PER", "USA", ["den federführenden Staatsanwalt Hagan Scotten", "dessen"]),
        entity("prosecutors in the Eric Adams case", "PER", "USA", ["dessen Team"]),
        entity("Public Integrity Section", "ORG", "USA", ["der Abteilung für öffentliche Integrität im "
                                                          "Justizministerium"]),
        entity("United States Department of Justice", "ORG", "USA", ["im Justizministerium"]),
        entity("John Keller", "PER", "USA", ["der kommissarische Leiter der Abteilung für öffentliche Integrität im "
                                             "Justizministerium, John Keller"]),
        entity("Turkish businessmen and officials", "PER", "TUR", ["türkischen Geschäftsleuten und "
                                                                   "Regierungsvertretern"]),
        entity("Biden administration", "ORG", "USA", ["der früheren Regierung von Präsident Joe Biden"]),
        entity("Joe Biden", "PER", "USA", ["Präsident Joe Biden"]),
        entity("Dale Ho", "PER", "USA", ["Der zuständige Bundesrichter Dale Ho"]),
        entity("New York Democrats", "ORG", "USA", ["Demokratische Politiker in New York"]),
        entity("Brad Lander", "PER", "USA", ["Der New Yorker Rechnungsprüfer Brad Lander"]),
        entity("Kathy Hochul", "PER", "USA", ["Gouverneurin Kathy Hochul", "sie"]),
    ],
}

# ---------------------------------------------------------------- hm429-de-03 (Mexico/US, Cuauhtémoc hits bridge)
SEMAR = actor("Mexican Navy", "MEX", "MIL")
US_AUTHORITIES = actor("United States authorities", "USA", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
VICTIM_FAMILIES = actor("families of the Cuauhtémoc victims", "MEX", "CVL")
INJURED_CREW = actor("injured Cuauhtémoc crew members", "MEX", "MIL")
NTSB = actor("National Transportation Safety Board", "USA", "GOV")
NYPD = actor("New York City Police Department", "USA", "COP")
FDNY = actor("New York City Fire Department", "USA", "GOV")
DUFFY = actor("Sean Duffy", "USA", "GOV")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")

C1 = ("New York (dpa) - Beim Zusammenstoß des mexikanischen Segelschulschiffs „Cuauhtémoc“ mit der Brooklyn Bridge "
      "in New York sind zwei Besatzungsmitglieder ums Leben gekommen.")
C2 = "19 weitere Menschen wurden verletzt, zwei von ihnen schwer, wie Bürgermeister Eric Adams mitteilte."
C3 = "Die Masten des Dreimasters hatten am Samstagabend die Unterseite der Brücke gerammt und waren abgeknickt."
C4 = ("Nach ersten Erkenntnissen verlor das Schiff kurz nach dem Ablegen vom Pier an der Südspitze Manhattans den "
      "Antrieb und trieb auf die Brücke zu.")
C5 = ("Die mexikanische Marine bestätigte den Tod von zwei Kadetten und kündigte an, mit den US-Behörden bei der "
      "Aufklärung zusammenzuarbeiten.")
C6 = ("Präsidentin Claudia Sheinbaum sicherte den Familien der Toten und den Verletzten die Unterstützung ihrer "
      "Regierung zu.")
C7 = "„Wir bedauern zutiefst den Verlust“, schrieb sie auf der Plattform X."
C8 = ("Die US-Verkehrssicherheitsbehörde NTSB nahm Ermittlungen zur Unglücksursache auf und will auch die Besatzung "
      "der „Cuauhtémoc“ befragen.")
C9 = "Ob ein technischer Defekt oder ein Fehler beim Manövrieren die Ursache war, ist noch unklar."
C10 = "Adams sagte, die Brücke selbst sei nach ersten Prüfungen nicht schwer beschädigt worden."
C11 = "Einsatzkräfte der New Yorker Polizei und Feuerwehr brachten die Verletzten in Krankenhäuser."
C12 = "US-Verkehrsminister Sean Duffy bot Mexiko die Hilfe seines Ministeriums an."
C13 = ("Die „Cuauhtémoc“ war mit 277 Menschen an Bord zu einer Ausbildungsreise aufgebrochen, die sie in 15 Länder "
       "führen sollte.")
C14 = ("Nach Angaben der Marine hatte sie New York als Station einer Reise angelaufen, die im April in Acapulco "
       "begonnen hatte.")
C15 = "Das 1982 in Spanien gebaute Schiff gilt als schwimmender Botschafter Mexikos."

DE03 = {
    "id": "hm429-de-03", "lang": "de", "url": None, "published": "2025-05-18",
    "title": "Mexikanisches Segelschiff rammt Brooklyn Bridge - zwei Tote",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9, C10, C11, C12], [C13, C14, C15]),
    "events": [
        event("AGREE", SEMAR, US_AUTHORITIES, C5),
        event("AGREE", SHEINBAUM, VICTIM_FAMILIES, C6),
        event("AGREE", SHEINBAUM, INJURED_CREW, C6),
        event("ACCUSE", NTSB, SEMAR, C8, mode="investigate"),
        event("AID", NYPD, INJURED_CREW, C11, location="New York", location_country="USA"),
        event("AID", FDNY, INJURED_CREW, C11, location="New York", location_country="USA"),
        event("AGREE", DUFFY, MEX_GOV, C12),
    ],
    "quotes": [
        quote("19 weitere Menschen wurden verletzt, zwei von ihnen schwer", "Eric Adams", "indirect"),
        quote("Wir bedauern zutiefst den Verlust", "Claudia Sheinbaum", "direct"),
        quote("die Brücke selbst sei nach ersten Prüfungen nicht schwer beschädigt worden", "Eric Adams", "indirect"),
        quote("Nach Angaben der Marine hatte sie New York als Station einer Reise angelaufen, die im April in "
              "Acapulco begonnen hatte", "Mexican Navy", "indirect"),
    ],
    "entities": [
        entity("New York City", "LOC", "USA", ["New York"]),
        entity("Cuauhtémoc", "MISC", "MEX", ["des mexikanischen Segelschulschiffs „Cuauhtémoc“", "des Dreimasters",
                                             "das Schiff", "der „Cuauhtémoc“", "Die „Cuauhtémoc“", "sie",
                                             "Das 1982 in Spanien gebaute Schiff"]),
        entity("Brooklyn Bridge", "LOC", "USA", ["der Brooklyn Bridge", "der Brücke", "die Brücke",
                                                 "die Brücke selbst"]),
        entity("Eric Adams", "PER", "USA", ["Bürgermeister Eric Adams", "Adams"]),
        entity("Manhattan", "LOC", "USA", ["Manhattans"]),
        entity("Mexican Navy", "ORG", "MEX", ["Die mexikanische Marine", "der Marine"]),
        entity("Mexican Navy cadets", "PER", "MEX", ["zwei Besatzungsmitglieder", "zwei Kadetten"]),
        entity("United States authorities", "ORG", "USA", ["den US-Behörden"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "sie"]),
        entity("families of the Cuauhtémoc victims", "PER", "MEX", ["den Familien der Toten"]),
        entity("injured Cuauhtémoc crew members", "PER", "MEX", ["19 weitere Menschen", "den Verletzten",
                                                                 "die Verletzten"]),
        entity("Government of Mexico", "ORG", "MEX", ["ihrer Regierung", "Mexiko"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("National Transportation Safety Board", "ORG", "USA", ["Die US-Verkehrssicherheitsbehörde NTSB"]),
        entity("crew of the Cuauhtémoc", "PER", "MEX", ["die Besatzung der „Cuauhtémoc“"]),
        entity("New York City Police Department", "ORG", "USA", ["Einsatzkräfte der New Yorker Polizei"]),
        entity("New York City Fire Department", "ORG", "USA", ["Feuerwehr"]),
        entity("Sean Duffy", "PER", "USA", ["US-Verkehrsminister Sean Duffy"]),
        entity("United States Department of Transportation", "ORG", "USA", ["seines Ministeriums"]),
        entity("Acapulco", "LOC", "MEX", ["Acapulco"]),
        entity("Spain", "LOC", "ESP", ["Spanien"]),
        entity("Mexico", "LOC", "MEX", ["Mexikos"]),
    ],
}

# ---------------------------------------------------------------- hm429-de-04 (United States, Texas floods)
TRUMP = actor("Donald Trump", "USA", "GOV")
TEXAS_GOV = actor("Government of Texas", "USA", "GOV")
ABBOTT = actor("Greg Abbott", "USA", "GOV")
USCG = actor("United States Coast Guard", "USA", "MIL")
TXNG = actor("Texas National Guard", "USA", "MIL")
VOLUNTEERS = actor("volunteers in Texas", "USA", "CVL")
FLOOD_VICTIMS = actor("flood victims in Texas", "USA", "CVL")
MEX_RESCUERS = actor("Mexican rescue teams", "MEX", "GOV")
SCHUMER = actor("Chuck Schumer", "USA", "LEG")
COMMERCE_IG = actor("Inspector General of the United States Department of Commerce", "USA", "GOV")
LEAVITT = actor("Karoline Leavitt", "USA", "GOV")
DEMOCRATS = actor("Democratic Party", "USA", "PTY")
NOEM = actor("Kristi Noem", "USA", "GOV")
NWS = actor("National Weather Service", "USA", "GOV")

F1 = ("Kerrville (dpa) - Nach den verheerenden Sturzfluten im US-Bundesstaat Texas ist die Zahl der Todesopfer auf "
      "mehr als 80 gestiegen.")
F2 = ("Allein im besonders betroffenen Bezirk Kerr County seien 68 Leichen geborgen worden, darunter 28 Kinder, "
      "teilte Sheriff Larry Leitha am Sonntag mit.")
F3 = ("Unter den Vermissten sind zehn Mädchen und eine Betreuerin des christlichen Sommerlagers „Camp Mystic“ am Ufer "
      "des Guadalupe River.")
F4 = "Der Fluss war in der Nacht zum Freitag nach heftigen Regenfällen binnen einer Stunde um rund acht Meter angestiegen."
F5 = ("US-Präsident Donald Trump rief am Sonntag für die Region den Katastrophenfall aus und gab damit Bundesmittel "
      "für die Hilfe und den Wiederaufbau frei.")
F6 = "Gouverneur Greg Abbott hatte zuvor um die Erklärung gebeten."
F7 = ("Die Küstenwache, die Nationalgarde und Hunderte freiwillige Helfer suchen mit Hubschraubern, Booten und Drohnen "
      "weiter nach Vermissten.")
F8 = "Auch Rettungskräfte aus dem benachbarten Mexiko beteiligen sich an der Suche."
F9 = "Zugleich wächst die Kritik an den Warnsystemen."
F10 = ("Der demokratische Minderheitsführer im Senat, Chuck Schumer, forderte den Generalinspekteur des "
       "Handelsministeriums auf, zu prüfen, ob Stellenstreichungen beim Nationalen Wetterdienst die Warnungen "
       "verzögert hätten.")
F11 = "Die Regierung Trump hatte bei der Behörde seit Jahresbeginn Hunderte Stellen abgebaut."
F12 = "Das Weiße Haus wies die Vorwürfe zurück."
F13 = ("Sprecherin Karoline Leavitt warf den Demokraten vor, die Katastrophe politisch auszunutzen, und sprach von "
       "einer „verwerflichen Lüge“.")
F14 = "Der Wetterdienst habe rechtzeitig gewarnt, sagte sie."
F15 = "Heimatschutzministerin Kristi Noem verteidigte den Wetterdienst und kündigte eine Modernisierung der veralteten Technik an."
F16 = "Trump sagte am Sonntag, er werde Texas „wahrscheinlich“ am Freitag besuchen."
F17 = ("Das Hill Country westlich von Austin gilt wegen seiner steilen Täler und dünnen Böden als eine der "
       "gefährlichsten Regionen für Sturzfluten in den USA.")

DE04 = {
    "id": "hm429-de-04", "lang": "de", "url": None, "published": "2025-07-07",
    "title": "Mehr als 80 Tote nach Sturzfluten in Texas",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8], [F9, F10, F11], [F12, F13, F14, F15], [F16, F17]),
    "events": [
        event("AID", TRUMP, TEXAS_GOV, F5, date="2025-07-06"),
        event("REQUEST", ABBOTT, TRUMP, F6, mode="assist"),
        event("AID", USCG, FLOOD_VICTIMS, F7),
        event("AID", TXNG, FLOOD_VICTIMS, F7),
        event("AID", VOLUNTEERS, FLOOD_VICTIMS, F7),
        event("AID", MEX_RESCUERS, FLOOD_VICTIMS, F8),
        event("REQUEST", SCHUMER, COMMERCE_IG, F10),
        event("ACCUSE", LEAVITT, DEMOCRATS, F13, mode="disapprove"),
        event("SUPPORT", NOEM, NWS, F15),
        event("AGREE", TRUMP, TEXAS_GOV, F16, date="2025-07-06"),
    ],
    "quotes": [
        quote("Allein im besonders betroffenen Bezirk Kerr County seien 68 Leichen geborgen worden, darunter 28 "
              "Kinder", "Larry Leitha", "indirect"),
        quote("zu prüfen, ob Stellenstreichungen beim Nationalen Wetterdienst die Warnungen verzögert hätten",
              "Chuck Schumer", "indirect"),
        quote("die Katastrophe politisch auszunutzen", "Karoline Leavitt", "indirect"),
        quote("verwerflichen Lüge", "Karoline Leavitt", "direct"),
        quote("Der Wetterdienst habe rechtzeitig gewarnt", "Karoline Leavitt", "indirect"),
        quote("wahrscheinlich", "Donald Trump", "direct"),
        quote("er werde Texas „wahrscheinlich“ am Freitag besuchen", "Donald Trump", "indirect"),
    ],
    "entities": [
        entity("Kerrville", "LOC", "USA", ["Kerrville"]),
        entity("Texas", "LOC", "USA", ["US-Bundesstaat Texas", "Texas"]),
        entity("Kerr County", "LOC", "USA", ["Bezirk Kerr County"]),
        entity("Larry Leitha", "PER", "USA", ["Sheriff Larry Leitha"]),
        entity("Camp Mystic", "ORG", "USA", ["des christlichen Sommerlagers „Camp Mystic“"]),
        entity("Guadalupe River", "LOC", "USA", ["des Guadalupe River", "Der Fluss"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump", "er"]),
        entity("Texas Hill Country", "LOC", "USA", ["die Region", "Das Hill Country"]),
        entity("Greg Abbott", "PER", "USA", ["Gouverneur Greg Abbott"]),
        entity("United States Coast Guard", "ORG", "USA", ["Die Küstenwache"]),
        entity("Texas National Guard", "ORG", "USA", ["die Nationalgarde"]),
        entity("volunteers in Texas", "PER", "USA", ["Hunderte freiwillige Helfer"]),
        entity("flood victims in Texas", "PER", "USA", ["Vermissten"]),
        entity("Mexican rescue teams", "ORG", "MEX", ["Rettungskräfte aus dem benachbarten Mexiko"]),
        entity("Mexico", "LOC", "MEX", ["dem benachbarten Mexiko"]),
        entity("Chuck Schumer", "PER", "USA", ["Der demokratische Minderheitsführer im Senat, Chuck Schumer"]),
        entity("United States Senate", "ORG", "USA", ["im Senat"]),
        entity("Inspector General of the United States Department of Commerce", "PER", "USA",
               ["den Generalinspekteur des Handelsministeriums"]),
        entity("National Weather Service", "ORG", "USA", ["beim Nationalen Wetterdienst", "der Behörde",
                                                          "Der Wetterdienst", "den Wetterdienst"]),
        entity("Government of the United States", "ORG", "USA", ["Die Regierung Trump", "Das Weiße Haus"]),
        entity("Karoline Leavitt", "PER", "USA", ["Sprecherin Karoline Leavitt", "sie"]),
        entity("Democratic Party", "ORG", "USA", ["den Demokraten"]),
        entity("Kristi Noem", "PER", "USA", ["Heimatschutzministerin Kristi Noem"]),
        entity("Austin", "LOC", "USA", ["Austin"]),
        entity("United States", "LOC", "USA", ["den USA"]),
    ],
}

# ---------------------------------------------------------------- hm429-en-01 (Canada, Saskatchewan pronoun law)
SASK_GOV = actor("Government of Saskatchewan", "CAN", "GOV")
MOE = actor("Scott Moe", "CAN", "GOV")
MEGAW = actor("Michael Megaw", "CAN", "JUD")
REGINA_PROTESTERS = actor("protesters in Regina", "CAN", "CVL")
BECK = actor("Carla Beck", "CAN", "OPP")
SASK_NDP = actor("Saskatchewan New Democratic Party", "CAN", "OPP")
SASK_PARTY = actor("Saskatchewan Party", "CAN", "PTY")
KUTTAI = actor("Heather Kuttai", "CAN", "GOV")
BRODA = actor("Lisa Broda", "CAN", "GOV")
TRUDEAU_E = actor("Justin Trudeau", "CAN", "GOV")

S1 = ("REGINA, Saskatchewan (AP) — Saskatchewan's legislature passed a law on Friday that requires parental consent "
      "before students under 16 can use a different name or pronoun at school, shielding it from the courts with a "
      "rarely used constitutional clause.")
S2 = ("The Parents' Bill of Rights passed after Premier Scott Moe's government recalled legislators two weeks early "
      "to push it through.")
S3 = ("The law invokes the notwithstanding clause of the Canadian Charter of Rights and Freedoms, which allows "
      "provinces to override some Charter rights for up to five years.")
S4 = "Moe said the law protects the right of parents to be involved in their children's lives."
S5 = "\"We will not apologize for standing up for parents,\" he told reporters at the legislature."
S6 = ("Last month, Justice Michael Megaw of the Court of King's Bench rejected the government's bid to have a "
      "challenge by the LGBTQ group UR Pride thrown out and paused the policy until the case is heard.")
S7 = ("Megaw wrote that transgender and nonbinary students could suffer \"irreparable harm\" if they were outed to "
      "their parents against their wishes.")
S8 = "Moe responded by calling the ruling \"judicial overreach\" and promising to use the notwithstanding clause."
S9 = ("UR Pride said Friday it would press ahead with its court challenge, arguing that the law causes lasting harm "
      "to vulnerable young people.")
S10 = ("Hundreds of people rallied outside the legislature in Regina on Friday, chanting \"trans rights are human "
       "rights\" as members voted.")
S11 = ("Opposition leader Carla Beck accused Moe of using vulnerable children to distract from the province's "
       "problems in health care and education.")
S12 = ("Her New Democrats had asked the government to refer the bill to the courts before a final vote, a request "
       "the Saskatchewan Party rejected.")
S13 = ("The province's human rights commissioner, Heather Kuttai, resigned in protest in September, saying the "
       "policy would harm gender-diverse children.")
S14 = ("Saskatchewan's children's advocate, Lisa Broda, had earlier found that the policy violated young people's "
       "rights to gender identity and expression.")
S15 = ("Prime Minister Justin Trudeau has criticized the pre-emptive use of the notwithstanding clause, and his "
       "justice minister, Arif Virani, said Ottawa was considering asking the Supreme Court to weigh in.")
S16 = "New Brunswick adopted a similar policy on pronouns in schools earlier this year, but without invoking the clause."

EN01 = {
    "id": "hm429-en-01", "lang": "en", "url": None, "published": "2023-10-20",
    "title": "Saskatchewan passes school pronoun law, overriding court challenge",
    "text": paragraphs([S1, S2, S3, S4, S5], [S6, S7, S8, S9], [S10, S11, S12], [S13, S14], [S15, S16]),
    "events": [
        event("REJECT", MEGAW, SASK_GOV, S6),
        event("ACCUSE", MOE, MEGAW, S8, mode="disapprove"),
        event("PROTEST", REGINA_PROTESTERS, SASK_GOV, S10, mode="demo", date="2023-10-20", location="Regina",
              location_country="CAN"),
        event("ACCUSE", BECK, MOE, S11, mode="disapprove"),
        event("REQUEST", SASK_NDP, SASK_GOV, S12, mode="change"),
        event("REJECT", SASK_PARTY, SASK_NDP, S12, mode="change"),
        event("RETREAT", KUTTAI, None, S13, mode="resign"),
        event("ACCUSE", BRODA, SASK_GOV, S14, mode="allege"),
        event("ACCUSE", TRUDEAU_E, SASK_GOV, S15, mode="disapprove"),
    ],
    "quotes": [
        quote("the law protects the right of parents to be involved in their children's lives", "Scott Moe",
              "indirect"),
        quote("We will not apologize for standing up for parents", "Scott Moe", "direct"),
        quote("irreparable harm", "Michael Megaw", "direct"),
        quote("transgender and nonbinary students could suffer \"irreparable harm\" if they were outed to their "
              "parents against their wishes", "Michael Megaw", "indirect"),
        quote("judicial overreach", "Scott Moe", "direct"),
        quote("it would press ahead with its court challenge, arguing that the law causes lasting harm to vulnerable "
              "young people", "UR Pride", "indirect"),
        quote("trans rights are human rights", "protesters in Regina", "direct"),
        quote("the policy would harm gender-diverse children", "Heather Kuttai", "indirect"),
        quote("the policy violated young people's rights to gender identity and expression", "Lisa Broda",
              "indirect"),
        quote("Ottawa was considering asking the Supreme Court to weigh in", "Arif Virani", "indirect"),
    ],
    "entities": [
        entity("Regina", "LOC", "CAN", ["REGINA", "Regina"]),
        entity("Saskatchewan", "LOC", "CAN", ["Saskatchewan", "Saskatchewan's", "the province's"]),
        entity("Legislative Assembly of Saskatchewan", "ORG", "CAN", ["Saskatchewan's legislature",
                                                                      "the legislature"]),
        entity("Parents' Bill of Rights", "MISC", "CAN", ["a law", "The Parents' Bill of Rights", "the law",
                                                          "the bill"]),
        entity("Scott Moe", "PER", "CAN", ["Premier Scott Moe's", "Moe", "he"]),
        entity("Government of Saskatchewan", "ORG", "CAN", ["Premier Scott Moe's government", "the government's",
                                                            "the government"]),
        entity("Canadian Charter of Rights and Freedoms", "MISC", "CAN",
               ["the Canadian Charter of Rights and Freedoms", "Charter"]),
        entity("Michael Megaw", "PER", "CAN", ["Justice Michael Megaw", "Megaw"]),
        entity("Court of King's Bench for Saskatchewan", "ORG", "CAN", ["the Court of King's Bench"]),
        entity("UR Pride", "ORG", "CAN", ["the LGBTQ group UR Pride", "UR Pride", "it", "its"]),
        entity("protesters in Regina", "PER", "CAN", ["Hundreds of people"]),
        entity("Carla Beck", "PER", "CAN", ["Opposition leader Carla Beck", "Her"]),
        entity("Saskatchewan New Democratic Party", "ORG", "CAN", ["Her New Democrats"]),
        entity("Saskatchewan Party", "ORG", "CAN", ["the Saskatchewan Party"]),
        entity("Heather Kuttai", "PER", "CAN", ["The province's human rights commissioner, Heather Kuttai"]),
        entity("Lisa Broda", "PER", "CAN", ["Saskatchewan's children's advocate, Lisa Broda"]),
        entity("Justin Trudeau", "PER", "CAN", ["Prime Minister Justin Trudeau", "his"]),
        entity("Arif Virani", "PER", "CAN", ["his justice minister, Arif Virani"]),
        entity("Government of Canada", "ORG", "CAN", ["Ottawa"]),
        entity("Supreme Court of Canada", "ORG", "CAN", ["the Supreme Court"]),
        entity("New Brunswick", "LOC", "CAN", ["New Brunswick"]),
    ],
}

# ---------------------------------------------------------------- hm429-en-02 (Canada, Jasper wildfire)
ALBERTA_GOV = actor("Government of Alberta", "CAN", "GOV")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
TRUDEAU_J = actor("Justin Trudeau", "CAN", "GOV")
CAF = actor("Canadian Armed Forces", "CAN", "MIL")
AUS_FIREFIGHTERS = actor("Australian firefighters", "AUS", "GOV")
ZAF_FIREFIGHTERS = actor("South African firefighters", "ZAF", "GOV")
RED_CROSS = actor("Canadian Red Cross", "CAN", "NGO")
JASPER_EVACUEES = actor("Jasper evacuees", "CAN", "CVL")
JASPER_RESIDENTS = actor("Jasper residents", "CAN", "CVL")
PARKS_CANADA = actor("Parks Canada", "CAN", "GOV")
SMITH = actor("Danielle Smith", "CAN", "GOV")

J1 = ("JASPER, Alberta (AP) — A fast-moving wildfire tore through the Canadian Rocky Mountain town of Jasper on "
      "Wednesday evening, destroying as much as half of its buildings.")
J2 = "All 25,000 residents and visitors had been ordered out of the town and the surrounding national park on Monday night."
J3 = ("Alberta Premier Danielle Smith fought back tears as she told reporters that the destruction was \"every "
      "community's worst nightmare\" and that Jasper would be rebuilt.")
J4 = ("No deaths have been reported, but Parks Canada officials said the fire was still burning within the town's "
      "limits on Thursday.")
J5 = "Smith's government asked Ottawa on Wednesday for military help to fight the fire and protect critical sites."
J6 = ("Prime Minister Justin Trudeau approved the request within hours, and the Canadian Armed Forces began flying in "
      "troops and equipment on Thursday.")
J7 = "\"Our hearts go out to everyone in Jasper,\" Trudeau wrote on X."
J8 = "Firefighters from Australia and South Africa have joined Canadian crews battling more than 170 wildfires across Alberta."
J9 = ("Evacuees were taken to Calgary, Edmonton and Grande Prairie, where the Red Cross set up reception centers and "
      "handed out emergency payments.")
J10 = ("Jasper Mayor Richard Ireland said residents would not be allowed back for at least three weeks, as crews "
       "work to restore power and water.")
J11 = ("Some residents criticized Parks Canada, accusing the federal agency of failing to thin out forests killed by "
       "mountain pine beetles.")
J12 = ("Parks Canada denied the accusation, saying it had carried out prescribed burns and tree removal around "
       "Jasper for years.")
J13 = ("Smith said she would not let politics distract from the firefighting effort and thanked Ottawa for its quick "
       "response.")
J14 = "Jasper, a UNESCO World Heritage site, draws more than 2 million visitors a year."
J15 = ("Canada is in the midst of another severe wildfire season after its worst on record in 2023, when fires forced "
       "more than 230,000 people from their homes.")

EN02 = {
    "id": "hm429-en-02", "lang": "en", "url": None, "published": "2024-07-25",
    "title": "Wildfire destroys up to half of Canada's Jasper as troops are flown in",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7], [J8, J9, J10], [J11, J12, J13], [J14, J15]),
    "events": [
        event("REQUEST", ALBERTA_GOV, CAN_GOV, J5, mode="assist", date="2024-07-24"),
        event("AGREE", TRUDEAU_J, ALBERTA_GOV, J6, date="2024-07-24"),
        event("AID", CAF, ALBERTA_GOV, J6, date="2024-07-25", location="Jasper", location_country="CAN"),
        event("MOBILIZE", CAF, None, J6, mode="troops", date="2024-07-25", location="Jasper",
              location_country="CAN"),
        event("AID", AUS_FIREFIGHTERS, ALBERTA_GOV, J8, location="Alberta", location_country="CAN"),
        event("AID", ZAF_FIREFIGHTERS, ALBERTA_GOV, J8, location="Alberta", location_country="CAN"),
        event("AID", RED_CROSS, JASPER_EVACUEES, J9, location_country="CAN"),
        event("ACCUSE", JASPER_RESIDENTS, PARKS_CANADA, J11, mode="disapprove"),
        event("SUPPORT", SMITH, CAN_GOV, J13),
    ],
    "quotes": [
        quote("every community's worst nightmare", "Danielle Smith", "direct"),
        quote("the destruction was \"every community's worst nightmare\" and that Jasper would be rebuilt",
              "Danielle Smith", "indirect"),
        quote("the fire was still burning within the town's limits on Thursday", "Parks Canada", "indirect"),
        quote("Our hearts go out to everyone in Jasper", "Justin Trudeau", "direct"),
        quote("residents would not be allowed back for at least three weeks, as crews work to restore power and "
              "water", "Richard Ireland", "indirect"),
        quote("it had carried out prescribed burns and tree removal around Jasper for years", "Parks Canada",
              "indirect"),
        quote("she would not let politics distract from the firefighting effort", "Danielle Smith", "indirect"),
    ],
    "entities": [
        entity("Jasper", "LOC", "CAN", ["JASPER", "the Canadian Rocky Mountain town of Jasper", "the town",
                                        "Jasper", "the town's"]),
        entity("Alberta", "LOC", "CAN", ["Alberta"]),
        entity("Jasper residents and visitors", "PER", "CAN", ["All 25,000 residents and visitors"]),
        entity("Jasper National Park", "LOC", "CAN", ["the surrounding national park"]),
        entity("Danielle Smith", "PER", "CAN", ["Alberta Premier Danielle Smith", "she", "Smith"]),
        entity("Parks Canada", "ORG", "CAN", ["Parks Canada officials", "Parks Canada", "the federal agency", "it"]),
        entity("Government of Alberta", "ORG", "CAN", ["Smith's government"]),
        entity("Government of Canada", "ORG", "CAN", ["Ottawa"]),
        entity("Justin Trudeau", "PER", "CAN", ["Prime Minister Justin Trudeau", "Trudeau"]),
        entity("Canadian Armed Forces", "ORG", "CAN", ["the Canadian Armed Forces", "troops"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Australian firefighters", "ORG", "AUS", ["Firefighters from Australia"]),
        entity("South African firefighters", "ORG", "ZAF", ["South Africa"]),
        entity("Australia", "LOC", "AUS", ["Australia"]),
        entity("South Africa", "LOC", "ZAF", ["South Africa"]),
        entity("Canadian firefighting crews", "ORG", "CAN", ["Canadian crews"]),
        entity("Jasper evacuees", "PER", "CAN", ["Evacuees"]),
        entity("Calgary", "LOC", "CAN", ["Calgary"]),
        entity("Edmonton", "LOC", "CAN", ["Edmonton"]),
        entity("Grande Prairie", "LOC", "CAN", ["Grande Prairie"]),
        entity("Canadian Red Cross", "ORG", "CAN", ["the Red Cross"]),
        entity("Richard Ireland", "PER", "CAN", ["Jasper Mayor Richard Ireland"]),
        entity("Jasper residents", "PER", "CAN", ["residents", "Some residents"]),
        entity("UNESCO", "ORG", "UNO", ["UNESCO"]),
        entity("Canada", "LOC", "CAN", ["Canada"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
