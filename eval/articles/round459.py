"""Round 459: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm459-de-01: Canada: Saskatchewan's Premier Scott Moe says SaskEnergy will stop collecting the federal carbon charge on natural-gas heating after Trudeau's heating-oil pause; Moe demands a nationwide exemption, Trudeau refuses, Guilbeault accuses and threatens legal steps, Poilievre and Danielle Smith back the demand, Moe attacks Gudie Hutchings (2023-10-31).
- hm459-de-02: Mexico: villagers in Texcapilla, Texcaltitlán, fight La Familia Michoacana extortionists, 14 dead; Governor Delfina Gómez condemns and vows accountability, state and federal forces deployed, Cervantes investigates the gang but not the villagers, López Obrador appeals and promises protection, Xóchitl Gálvez accuses him (2023-12-09).
- hm459-de-03: Haiti: the anti-corruption unit ULCC accuses three Transitional Presidential Council members of demanding a bribe from BNC director Raoul Pascal Pierre-Louis; they deny, Conille asks them to step aside and Vertilaire refuses, the US State Department and civil society demand action, protest in Port-au-Prince, Ariel Henry's resignation recalled (2024-10-03).
- hm459-de-04: United States: Susan Crawford beats Brad Schimel in the Wisconsin Supreme Court election despite Elon Musk's millions; Kaul's lawsuit over Musk's cheques and the court's refusal, Trump's endorsement, Musk's denial, Crawford's accusation, Schimel concedes (2025-04-02).
- hm459-en-01: United States: Alabama executes Kenneth Smith with nitrogen gas after the Supreme Court rejects his appeal; Sotomayor dissents, Ivey and Marshall defend it, Türk, the White House, the EU and his spiritual adviser Jeff Hood condemn, Marshall denies (2024-01-26).
- hm459-en-02: United States: Judge David Urias blocks New Mexico Gov. Michelle Lujan Grisham's suspension of gun carrying in Albuquerque; Sheriff Allen, Chief Medina and Attorney General Torrez refuse to back it, Republican lawmakers demand impeachment, Ted Lieu criticises, gun-rights rally in Old Town without arrests (2023-09-14).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm459-de-01 (Canada, Saskatchewan carbon charge)
SASK_GOV = actor("Government of Saskatchewan", "CAN", "GOV")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
MOE = actor("Scott Moe", "CAN", "GOV")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
GUILBEAULT = actor("Steven Guilbeault", "CAN", "GOV")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
DSMITH = actor("Danielle Smith", "CAN", "GOV")
HUTCHINGS = actor("Gudie Hutchings", "CAN", "GOV")

C1 = ("Regina (dpa) - Im Streit um die CO2-Abgabe der kanadischen Bundesregierung will die Provinz Saskatchewan die "
      "Abgabe auf Erdgas zum Heizen vom 1. Januar an nicht mehr einziehen.")
C2 = ("Der staatliche Versorger SaskEnergy werde die Gebühr weder bei seinen Kunden erheben noch an Ottawa abführen, "
      "kündigte Provinzpremier Scott Moe am Montag in einer Videobotschaft an.")
C3 = ("Moe reagierte damit auf die Entscheidung von Premierminister Justin Trudeau, die Abgabe auf Heizöl für drei "
      "Jahre auszusetzen.")
C4 = ("Von dieser Ausnahme profitieren vor allem Haushalte in den Atlantikprovinzen, während in Saskatchewan "
      "überwiegend mit Erdgas geheizt wird.")
C5 = ("„Wir behandeln die Familien in Saskatchewan genauso, wie Ottawa die Familien im Atlantik-Kanada behandelt“, "
      "sagte Moe.")
C6 = "Er forderte die Bundesregierung auf, die Ausnahme auf alle Formen des Heizens im ganzen Land auszuweiten."
C7 = "Trudeau lehnte eine Ausweitung am Dienstag ab."
C8 = ("Die CO2-Bepreisung sei das wirksamste Mittel gegen den Klimawandel, und der Großteil der Einnahmen fließe an "
      "die Bürger zurück, sagte er in Ottawa.")
C9 = "Umweltminister Steven Guilbeault warf der Provinzregierung vor, mit ihrem Schritt gegen Bundesrecht zu verstoßen."
C10 = "Die Regierung werde alle rechtlichen Möglichkeiten prüfen, um die Abgabe durchzusetzen, fügte er hinzu."
C11 = "Moe wies den Vorwurf zurück, er stelle sich über das Gesetz."
C12 = ("Oppositionsführer Pierre Poilievre stellte sich hinter den Provinzpremier und verlangte, die Abgabe für alle "
       "Kanadier abzuschaffen.")
C13 = "Auch Albertas Regierungschefin Danielle Smith forderte eine Gleichbehandlung ihrer Provinz."
C14 = "Für Empörung in den Prärieprovinzen hatte zuvor die Ministerin für ländliche Entwicklung, Gudie Hutchings, gesorgt."
C15 = ("Sie hatte in einem Interview gesagt, die Menschen dort müssten vielleicht „mehr Liberale wählen“, wenn sie "
       "ähnliche Ausnahmen wollten.")
C16 = "Moe nannte die Äußerung „beleidigend“."
C17 = ("Die Bundesregierung erhebt die Abgabe in allen Provinzen, die kein eigenes gleichwertiges System zur "
       "CO2-Bepreisung eingeführt haben.")
C18 = "Umfragen zufolge lehnt inzwischen eine Mehrheit der Kanadier die Abgabe ab."

DE01 = {
    "id": "hm459-de-01", "lang": "de", "url": None, "published": "2023-10-31",
    "title": "Saskatchewan will CO2-Abgabe auf Heizgas nicht mehr einziehen",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11], [C12, C13, C14, C15, C16], [C17, C18]),
    "events": [
        event("REJECT", SASK_GOV, CAN_GOV, C1),
        event("REJECT", MOE, CAN_GOV, C2, date="2023-10-30"),
        event("CONCEDE", TRUDEAU, None, C3),
        event("REQUEST", MOE, CAN_GOV, C6, mode="change"),
        event("REJECT", TRUDEAU, MOE, C7, mode="change", date="2023-10-31"),
        event("ACCUSE", GUILBEAULT, SASK_GOV, C9, mode="allege"),
        event("THREATEN", GUILBEAULT, SASK_GOV, C10),
        event("SUPPORT", POILIEVRE, MOE, C12),
        event("REQUEST", POILIEVRE, CAN_GOV, C12, mode="change"),
        event("REQUEST", DSMITH, CAN_GOV, C13, mode="change"),
        event("ACCUSE", MOE, HUTCHINGS, C16, mode="disapprove"),
    ],
    "quotes": [
        quote("Der staatliche Versorger SaskEnergy werde die Gebühr weder bei seinen Kunden erheben noch an Ottawa "
              "abführen", "Scott Moe", "indirect"),
        quote("Wir behandeln die Familien in Saskatchewan genauso, wie Ottawa die Familien im Atlantik-Kanada "
              "behandelt", "Scott Moe", "direct"),
        quote("die Ausnahme auf alle Formen des Heizens im ganzen Land auszuweiten", "Scott Moe", "indirect"),
        quote("Die CO2-Bepreisung sei das wirksamste Mittel gegen den Klimawandel, und der Großteil der Einnahmen "
              "fließe an die Bürger zurück", "Justin Trudeau", "indirect"),
        quote("mit ihrem Schritt gegen Bundesrecht zu verstoßen", "Steven Guilbeault", "indirect"),
        quote("Die Regierung werde alle rechtlichen Möglichkeiten prüfen, um die Abgabe durchzusetzen",
              "Steven Guilbeault", "indirect"),
        quote("er stelle sich über das Gesetz", "Scott Moe", "indirect"),
        quote("die Abgabe für alle Kanadier abzuschaffen", "Pierre Poilievre", "indirect"),
        quote("mehr Liberale wählen", "Gudie Hutchings", "direct"),
        quote("die Menschen dort müssten vielleicht „mehr Liberale wählen“, wenn sie ähnliche Ausnahmen wollten",
              "Gudie Hutchings", "indirect"),
        quote("beleidigend", "Scott Moe", "direct"),
    ],
    "entities": [
        entity("Regina", "LOC", "CAN", ["Regina"]),
        entity("Government of Canada", "ORG", "CAN", ["der kanadischen Bundesregierung", "Ottawa",
                                                      "die Bundesregierung", "Die Regierung", "Die Bundesregierung"]),
        entity("Saskatchewan", "LOC", "CAN", ["die Provinz Saskatchewan", "Saskatchewan"]),
        entity("Government of Saskatchewan", "ORG", "CAN", ["die Provinz Saskatchewan", "der Provinzregierung"]),
        entity("SaskEnergy", "ORG", "CAN", ["Der staatliche Versorger SaskEnergy"]),
        entity("Scott Moe", "PER", "CAN", ["Provinzpremier Scott Moe", "Moe", "Er", "er", "den Provinzpremier"]),
        entity("Justin Trudeau", "PER", "CAN", ["Premierminister Justin Trudeau", "Trudeau", "er"]),
        entity("Atlantic Canada", "LOC", "CAN", ["den Atlantikprovinzen", "Atlantik-Kanada"]),
        entity("Canada", "LOC", "CAN", ["im ganzen Land"]),
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Steven Guilbeault", "PER", "CAN", ["Umweltminister Steven Guilbeault", "er"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Oppositionsführer Pierre Poilievre"]),
        entity("Canadians", "PER", "CAN", ["alle Kanadier", "der Kanadier"]),
        entity("Alberta", "LOC", "CAN", ["Albertas", "ihrer Provinz"]),
        entity("Danielle Smith", "PER", "CAN", ["Albertas Regierungschefin Danielle Smith"]),
        entity("Canadian Prairies", "LOC", "CAN", ["den Prärieprovinzen"]),
        entity("Gudie Hutchings", "PER", "CAN", ["die Ministerin für ländliche Entwicklung, Gudie Hutchings", "Sie"]),
        entity("Liberal Party of Canada", "ORG", "CAN", ["Liberale"]),
    ],
}

# ---------------------------------------------------------------- hm459-de-02 (Mexico, Texcaltitlán clash)
VILLAGERS = actor("residents of Texcapilla", "MEX", "CVL")
LFM = actor("La Familia Michoacana", "MEX", "REB")
DELFINA = actor("Delfina Gómez", "MEX", "GOV")
EDOMEX_GOV = actor("Government of the State of Mexico", "MEX", "GOV")
MEX_ARMY = actor("Mexican Army", "MEX", "MIL")
GUARDIA = actor("National Guard of Mexico", "MEX", "MIL")
CERVANTES = actor("José Luis Cervantes", "MEX", "JUD")
EDOMEX_PROS = actor("State of Mexico Attorney General's Office", "MEX", "JUD")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
GALVEZ = actor("Xóchitl Gálvez", "MEX", "OPP")

T1 = ("Texcaltitlán (dpa) - Bei einem Gefecht zwischen Dorfbewohnern und mutmaßlichen Mitgliedern eines "
      "Drogenkartells sind im Zentrum Mexikos mindestens 14 Menschen getötet worden.")
T2 = ("Unter den Toten seien elf Angehörige der kriminellen Organisation La Familia Michoacana und drei Bauern, "
      "teilte die Staatsanwaltschaft des Bundesstaates México am Freitagabend mit.")
T3 = ("Die Bewaffneten waren am Freitagmorgen in die Gemeinde Texcapilla gekommen, um von den Landwirten Schutzgeld "
      "einzutreiben.")
T4 = "Die Dorfbewohner wehrten sich mit Macheten, Stöcken und einigen Jagdgewehren."
T5 = "Die Angreifer eröffneten daraufhin das Feuer auf die Menge."
T6 = "Gouverneurin Delfina Gómez verurteilte die Gewalt der Bande am Samstag."
T7 = ("Die Landesregierung entsandte gemeinsam mit der Armee und der Nationalgarde rund 300 Sicherheitskräfte in die "
      "Region.")
T8 = "Die Verantwortlichen würden zur Rechenschaft gezogen, versicherte Gómez, die der Regierungspartei Morena angehört."
T9 = "Generalstaatsanwalt José Luis Cervantes leitete Ermittlungen gegen die Hintermänner der Bande ein."
T10 = "Gegen die Dorfbewohner eröffnete die Staatsanwaltschaft dagegen kein Verfahren."
T11 = ("Präsident Andrés Manuel López Obrador rief die Bewohner der Region auf, nicht selbst zu den Waffen zu "
       "greifen.")
T12 = "Der Staat werde die Bürger schützen, sagte er bei seiner morgendlichen Pressekonferenz."
T13 = ("Die Oppositionskandidatin Xóchitl Gálvez warf López Obrador vor, mit seiner Strategie der „Umarmungen statt "
       "Schüsse“ die Bauern dem organisierten Verbrechen ausgeliefert zu haben.")
T14 = "La Familia Michoacana ist im Süden des Bundesstaates México sowie in Guerrero und Michoacán aktiv."
T15 = ("Die Gruppe finanziert sich zunehmend durch die Erpressung von Landwirten, Händlern und "
       "Transportunternehmen.")
T16 = "Erst im Oktober waren im benachbarten Guerrero bei einem Hinterhalt 13 Polizisten getötet worden."

DE02 = {
    "id": "hm459-de-02", "lang": "de", "url": None, "published": "2023-12-09",
    "title": "14 Tote bei Gefecht zwischen Bauern und Kartell in Mexiko",
    "text": paragraphs([T1, T2, T3, T4, T5], [T6, T7, T8, T9, T10], [T11, T12, T13], [T14, T15, T16]),
    "events": [
        event("ASSAULT", VILLAGERS, LFM, T1, location="Texcaltitlán", location_country="MEX"),
        event("ASSAULT", LFM, VILLAGERS, T1, location="Texcaltitlán", location_country="MEX"),
        event("COERCE", LFM, VILLAGERS, T3, date="2023-12-08", location="Texcapilla", location_country="MEX"),
        event("ASSAULT", VILLAGERS, LFM, T4, mode="primitive", location="Texcapilla", location_country="MEX"),
        event("ASSAULT", LFM, VILLAGERS, T5, mode="firearms", location="Texcapilla", location_country="MEX"),
        event("ACCUSE", DELFINA, LFM, T6, mode="disapprove", date="2023-12-09"),
        event("MOBILIZE", EDOMEX_GOV, None, T7, mode="police"),
        event("MOBILIZE", MEX_ARMY, None, T7, mode="troops"),
        event("MOBILIZE", GUARDIA, None, T7, mode="troops"),
        event("THREATEN", DELFINA, LFM, T8),
        event("ACCUSE", CERVANTES, LFM, T9, mode="investigate"),
        event("ACCUSE", EDOMEX_PROS, VILLAGERS, T10, mode="investigate", negated=True),
        event("REQUEST", AMLO, VILLAGERS, T11),
        event("AGREE", AMLO, VILLAGERS, T12),
        event("ACCUSE", GALVEZ, AMLO, T13, mode="disapprove"),
    ],
    "quotes": [
        quote("Unter den Toten seien elf Angehörige der kriminellen Organisation La Familia Michoacana und drei "
              "Bauern", "State of Mexico Attorney General's Office", "indirect"),
        quote("Die Verantwortlichen würden zur Rechenschaft gezogen", "Delfina Gómez", "indirect"),
        quote("nicht selbst zu den Waffen zu greifen", "Andrés Manuel López Obrador", "indirect"),
        quote("Der Staat werde die Bürger schützen", "Andrés Manuel López Obrador", "indirect"),
        quote("Umarmungen statt Schüsse", "Xóchitl Gálvez", "direct"),
        quote("mit seiner Strategie der „Umarmungen statt Schüsse“ die Bauern dem organisierten Verbrechen "
              "ausgeliefert zu haben", "Xóchitl Gálvez", "indirect"),
    ],
    "entities": [
        entity("Texcaltitlán", "LOC", "MEX", ["Texcaltitlán"]),
        entity("residents of Texcapilla", "PER", "MEX", ["Dorfbewohnern", "drei Bauern", "den Landwirten",
                                                         "Die Dorfbewohner", "die Menge", "die Dorfbewohner",
                                                         "die Bewohner der Region", "die Bürger", "die Bauern"]),
        entity("La Familia Michoacana", "ORG", "MEX",
               ["mutmaßlichen Mitgliedern eines Drogenkartells", "elf Angehörige der kriminellen Organisation La "
                "Familia Michoacana", "Die Bewaffneten", "Die Angreifer", "der Bande", "La Familia Michoacana",
                "Die Gruppe"]),
        entity("Mexico", "LOC", "MEX", ["Mexikos"]),
        entity("State of Mexico Attorney General's Office", "ORG", "MEX",
               ["die Staatsanwaltschaft des Bundesstaates México", "die Staatsanwaltschaft"]),
        entity("State of Mexico", "LOC", "MEX", ["des Bundesstaates México"]),
        entity("Texcapilla", "LOC", "MEX", ["die Gemeinde Texcapilla", "die Region", "der Region"]),
        entity("Delfina Gómez", "PER", "MEX", ["Gouverneurin Delfina Gómez", "Gómez"]),
        entity("Government of the State of Mexico", "ORG", "MEX", ["Die Landesregierung"]),
        entity("Mexican Army", "ORG", "MEX", ["der Armee"]),
        entity("National Guard of Mexico", "ORG", "MEX", ["der Nationalgarde"]),
        entity("Morena", "ORG", "MEX", ["der Regierungspartei Morena"]),
        entity("José Luis Cervantes", "PER", "MEX", ["Generalstaatsanwalt José Luis Cervantes"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Präsident Andrés Manuel López Obrador", "er",
                                                              "López Obrador", "seiner"]),
        entity("Government of Mexico", "ORG", "MEX", ["Der Staat"]),
        entity("Xóchitl Gálvez", "PER", "MEX", ["Die Oppositionskandidatin Xóchitl Gálvez"]),
        entity("Guerrero", "LOC", "MEX", ["Guerrero", "im benachbarten Guerrero"]),
        entity("Michoacán", "LOC", "MEX", ["Michoacán"]),
        entity("killed police officers in Guerrero", "PER", "MEX", ["13 Polizisten"]),
    ],
}

# ---------------------------------------------------------------- hm459-de-03 (Haiti, council bribery report)
ULCC = actor("Anti-Corruption Unit of Haiti", "HTI", "GOV")
AUGUSTIN = actor("Smith Augustin", "HTI", "GOV")
VERTILAIRE = actor("Emmanuel Vertilaire", "HTI", "GOV")
GILLES = actor("Louis Gérald Gilles", "HTI", "GOV")
HTI_JUD = actor("Haitian judiciary", "HTI", "JUD")
CONILLE = actor("Garry Conille", "HTI", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
HTI_GOV = actor("Government of Haiti", "HTI", "GOV")
HTI_CIVIL = actor("Haitian civil society organisations", "HTI", "NGO")
HTI_PROTESTERS = actor("protesters in Port-au-Prince", "HTI", "CVL")
CPT = actor("Transitional Presidential Council of Haiti", "HTI", "GOV")
HENRY = actor("Ariel Henry", "HTI", "GOV")

H1 = ("Port-au-Prince (dpa) - In Haiti hat die Anti-Korruptionsbehörde ULCC drei Mitgliedern des "
      "Übergangspräsidialrats Bestechlichkeit vorgeworfen.")
H2 = ("Smith Augustin, Emmanuel Vertilaire und Louis Gérald Gilles sollen vom Direktor der staatlichen Nationalbank "
      "BNC, Raoul Pascal Pierre-Louis, 100 Millionen Gourdes (rund 700.000 Euro) verlangt haben.")
H3 = ("Im Gegenzug hätten sie ihm zugesichert, dass er seinen Posten behalten könne, heißt es in dem am Mittwoch "
      "veröffentlichten Bericht.")
H4 = "Die Behörde empfahl der Justiz, Strafverfahren gegen die drei Politiker einzuleiten."
H5 = "Die drei Ratsmitglieder wiesen die Vorwürfe zurück."
H6 = "Augustin sprach von einer „Verleumdungskampagne“, die den Übergangsprozess sabotieren solle."
H7 = ("Premierminister Garry Conille forderte die drei auf, ihre Ämter bis zur Klärung der Vorwürfe ruhen zu "
      "lassen.")
H8 = "„Niemand steht über dem Gesetz, auch nicht die Mitglieder des Rates“, schrieb der Regierungschef auf X."
H9 = "Vertilaire lehnte einen Rückzug ab."
H10 = ("Das US-Außenministerium zeigte sich „zutiefst besorgt“ über die Vorwürfe und forderte die haitianischen "
       "Behörden zu einer unabhängigen Aufklärung auf.")
H11 = "Mehrere Organisationen der Zivilgesellschaft verlangten den Rücktritt der drei Ratsmitglieder."
H12 = ("In Port-au-Prince demonstrierten am Donnerstag mehrere Hundert Menschen vor dem Amtssitz des "
       "Premierministers und forderten die Auflösung des Rates.")
H13 = ("Der neunköpfige Rat hatte im April die Amtsgeschäfte übernommen, nachdem Premierminister Ariel Henry unter "
       "dem Druck bewaffneter Banden zurückgetreten war.")
H14 = "Er soll das Land bis zu Wahlen führen, die bis Februar 2026 stattfinden sollen."
H15 = "Nach Angaben der Vereinten Nationen kontrollieren Banden rund 80 Prozent der Hauptstadt."
H16 = "Eine von Kenia geführte internationale Polizeimission kommt bei der Bekämpfung der Gewalt nur langsam voran."

DE03 = {
    "id": "hm459-de-03", "lang": "de", "url": None, "published": "2024-10-03",
    "title": "Korruptionsvorwürfe gegen Mitglieder von Haitis Präsidialrat",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8, H9], [H10, H11, H12], [H13, H14, H15, H16]),
    "events": [
        event("ACCUSE", ULCC, AUGUSTIN, H1, mode="allege"),
        event("ACCUSE", ULCC, VERTILAIRE, H1, mode="allege"),
        event("ACCUSE", ULCC, GILLES, H1, mode="allege"),
        event("REQUEST", ULCC, HTI_JUD, H4),
        event("ACCUSE", AUGUSTIN, ULCC, H6, mode="disapprove"),
        event("REQUEST", CONILLE, AUGUSTIN, H7, mode="change"),
        event("REQUEST", CONILLE, VERTILAIRE, H7, mode="change"),
        event("REQUEST", CONILLE, GILLES, H7, mode="change"),
        event("REJECT", VERTILAIRE, CONILLE, H9, mode="change"),
        event("REQUEST", US_STATE, HTI_GOV, H10),
        event("REQUEST", HTI_CIVIL, AUGUSTIN, H11, mode="change"),
        event("REQUEST", HTI_CIVIL, VERTILAIRE, H11, mode="change"),
        event("REQUEST", HTI_CIVIL, GILLES, H11, mode="change"),
        event("PROTEST", HTI_PROTESTERS, CPT, H12, mode="demo", date="2024-10-03", location="Port-au-Prince",
              location_country="HTI"),
        event("RETREAT", HENRY, None, H13, mode="resign"),
    ],
    "quotes": [
        quote("Im Gegenzug hätten sie ihm zugesichert, dass er seinen Posten behalten könne",
              "Anti-Corruption Unit of Haiti", "indirect"),
        quote("Strafverfahren gegen die drei Politiker einzuleiten", "Anti-Corruption Unit of Haiti", "indirect"),
        quote("Verleumdungskampagne", "Smith Augustin", "direct"),
        quote("ihre Ämter bis zur Klärung der Vorwürfe ruhen zu lassen", "Garry Conille", "indirect"),
        quote("Niemand steht über dem Gesetz, auch nicht die Mitglieder des Rates", "Garry Conille", "direct"),
        quote("zutiefst besorgt", "United States Department of State", "direct"),
        quote("Nach Angaben der Vereinten Nationen kontrollieren Banden rund 80 Prozent der Hauptstadt",
              "United Nations", "indirect"),
    ],
    "entities": [
        entity("Port-au-Prince", "LOC", "HTI", ["Port-au-Prince", "der Hauptstadt"]),
        entity("Haiti", "LOC", "HTI", ["Haiti", "das Land"]),
        entity("Anti-Corruption Unit of Haiti", "ORG", "HTI", ["die Anti-Korruptionsbehörde ULCC", "Die Behörde"]),
        entity("Transitional Presidential Council of Haiti", "ORG", "HTI",
               ["des Übergangspräsidialrats", "des Rates", "Der neunköpfige Rat", "Er"]),
        entity("Smith Augustin", "PER", "HTI", ["Smith Augustin", "Augustin"]),
        entity("Emmanuel Vertilaire", "PER", "HTI", ["Emmanuel Vertilaire", "Vertilaire"]),
        entity("Louis Gérald Gilles", "PER", "HTI", ["Louis Gérald Gilles"]),
        entity("National Credit Bank of Haiti", "ORG", "HTI", ["der staatlichen Nationalbank BNC"]),
        entity("Raoul Pascal Pierre-Louis", "PER", "HTI",
               ["vom Direktor der staatlichen Nationalbank BNC, Raoul Pascal Pierre-Louis", "ihm", "er",
                "seinen"]),
        entity("Haitian judiciary", "ORG", "HTI", ["der Justiz"]),
        entity("Garry Conille", "PER", "HTI", ["Premierminister Garry Conille", "der Regierungschef",
                                               "des Premierministers"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Government of Haiti", "ORG", "HTI", ["die haitianischen Behörden"]),
        entity("Haitian civil society organisations", "ORG", "HTI", ["Mehrere Organisationen der Zivilgesellschaft"]),
        entity("protesters in Port-au-Prince", "PER", "HTI", ["mehrere Hundert Menschen"]),
        entity("Ariel Henry", "PER", "HTI", ["Premierminister Ariel Henry"]),
        entity("Haitian gangs", "ORG", "HTI", ["bewaffneter Banden", "Banden"]),
        entity("United Nations", "ORG", "UNO", ["der Vereinten Nationen"]),
        entity("Multinational Security Support Mission", "ORG", "IGO",
               ["Eine von Kenia geführte internationale Polizeimission"]),
        entity("Kenya", "LOC", "KEN", ["Kenia"]),
    ],
}

# ---------------------------------------------------------------- hm459-de-04 (USA, Wisconsin court election)
CRAWFORD = actor("Susan Crawford", "USA", "JUD")
SCHIMEL = actor("Brad Schimel", "USA", "JUD")
MUSK = actor("Elon Musk", "USA", "BUS")
KAUL = actor("Josh Kaul", "USA", "GOV")
WI_SUPREME = actor("Wisconsin Supreme Court", "USA", "JUD")
TRUMP = actor("Donald Trump", "USA", "GOV")

W1 = ("Washington (dpa) - Bei der Wahl für einen Sitz am Obersten Gericht des US-Bundesstaats Wisconsin hat sich "
      "die liberale Richterin Susan Crawford klar durchgesetzt.")
W2 = ("Die 60-Jährige gewann am Dienstag mit rund zehn Prozentpunkten Vorsprung gegen den konservativen Kandidaten "
      "Brad Schimel, wie US-Medien übereinstimmend berichteten.")
W3 = "Die Abstimmung galt als erster großer Stimmungstest seit dem Amtsantritt von Präsident Donald Trump im Januar."
W4 = "Tech-Milliardär Elon Musk hatte Schimels Wahlkampf mit mehr als 20 Millionen Dollar unterstützt."
W5 = ("Am Sonntag überreichte er bei einer Veranstaltung in Green Bay zwei Wählern Schecks über je eine Million "
      "Dollar.")
W6 = ("Der demokratische Justizminister des Bundesstaats, Josh Kaul, hatte zuvor Klage gegen die Aktion "
      "eingereicht, weil sie gegen das Verbot des Stimmenkaufs verstoße.")
W7 = "Das Oberste Gericht des Bundesstaats lehnte es jedoch ab, sich mit dem Fall zu befassen."
W8 = "Musk bestritt, Stimmen kaufen zu wollen."
W9 = "Auch Trump hatte sich auf seiner Plattform Truth Social für Schimel ausgesprochen."
W10 = ("„Wisconsin hat sich gegen den reichsten Mann der Welt gestellt, und wir haben gewonnen“, rief Crawford "
       "ihren Anhängern in Madison zu.")
W11 = "Sie warf Musk vor, sich mit seinem Geld einen Sitz am Gericht kaufen zu wollen."
W12 = "Schimel räumte seine Niederlage noch am Abend ein."
W13 = "Mit Crawfords Sieg behalten die Liberalen am Obersten Gericht eine Mehrheit von vier zu drei Stimmen."
W14 = ("Das Gericht dürfte in den kommenden Monaten unter anderem über ein Abtreibungsverbot aus dem Jahr 1849 und "
       "den Zuschnitt der Wahlkreise entscheiden.")
W15 = ("Zugleich stimmten die Wähler in Wisconsin mit deutlicher Mehrheit dafür, die Ausweispflicht bei Wahlen in der "
       "Verfassung zu verankern.")

DE04 = {
    "id": "hm459-de-04", "lang": "de", "url": None, "published": "2025-04-02",
    "title": "Liberale Richterin gewinnt in Wisconsin trotz Musks Millionen",
    "text": paragraphs([W1, W2, W3], [W4, W5, W6, W7, W8, W9], [W10, W11, W12], [W13, W14, W15]),
    "events": [
        event("SUPPORT", MUSK, SCHIMEL, W4),
        event("ACCUSE", KAUL, MUSK, W6, mode="allege"),
        event("REJECT", WI_SUPREME, KAUL, W7),
        event("SUPPORT", TRUMP, SCHIMEL, W9),
        event("ACCUSE", CRAWFORD, MUSK, W11, mode="disapprove"),
        event("CONCEDE", SCHIMEL, CRAWFORD, W12, date="2025-04-01"),
    ],
    "quotes": [
        quote("Die 60-Jährige gewann am Dienstag mit rund zehn Prozentpunkten Vorsprung gegen den konservativen "
              "Kandidaten Brad Schimel", "US media", "indirect"),
        quote("weil sie gegen das Verbot des Stimmenkaufs verstoße", "Josh Kaul", "indirect"),
        quote("Wisconsin hat sich gegen den reichsten Mann der Welt gestellt, und wir haben gewonnen",
              "Susan Crawford", "direct"),
        quote("sich mit seinem Geld einen Sitz am Gericht kaufen zu wollen", "Susan Crawford", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Wisconsin Supreme Court", "ORG", "USA",
               ["Obersten Gericht des US-Bundesstaats Wisconsin", "Das Oberste Gericht des Bundesstaats", "Gericht",
                "Obersten Gericht", "Das Gericht"]),
        entity("Wisconsin", "LOC", "USA", ["US-Bundesstaats Wisconsin", "des Bundesstaats", "Wisconsin"]),
        entity("Susan Crawford", "PER", "USA", ["die liberale Richterin Susan Crawford", "Die 60-Jährige",
                                                "Crawford", "Sie", "Crawfords"]),
        entity("Brad Schimel", "PER", "USA", ["den konservativen Kandidaten Brad Schimel", "Schimels", "Schimel"]),
        entity("US media", "ORG", "USA", ["US-Medien"]),
        entity("Donald Trump", "PER", "USA", ["Präsident Donald Trump", "Trump", "seiner"]),
        entity("Elon Musk", "PER", "USA", ["Tech-Milliardär Elon Musk", "er", "Musk", "den reichsten Mann der Welt",
                                           "seinem"]),
        entity("Green Bay", "LOC", "USA", ["Green Bay"]),
        entity("Wisconsin voters", "PER", "USA", ["zwei Wählern", "die Wähler in Wisconsin"]),
        entity("Josh Kaul", "PER", "USA", ["Der demokratische Justizminister des Bundesstaats, Josh Kaul"]),
        entity("Truth Social", "ORG", "USA", ["seiner Plattform Truth Social"]),
        entity("Crawford supporters", "PER", "USA", ["ihren Anhängern"]),
        entity("Madison", "LOC", "USA", ["Madison"]),
        entity("liberal justices of the Wisconsin Supreme Court", "PER", "USA", ["die Liberalen"]),
    ],
}

# ---------------------------------------------------------------- hm459-en-01 (USA, Alabama nitrogen execution)
ALABAMA = actor("Government of Alabama", "USA", "GOV")
KSMITH = actor("Kenneth Eugene Smith", "USA", "CVL")
SCOTUS = actor("Supreme Court of the United States", "USA", "JUD")
SMITH_LAWYERS = actor("lawyers of Kenneth Eugene Smith", "USA", "CVL")
SOTOMAYOR = actor("Sonia Sotomayor", "USA", "JUD")
IVEY = actor("Kay Ivey", "USA", "GOV")
MARSHALL = actor("Steve Marshall", "USA", "GOV")
OTHER_STATES = actor("other U.S. states", "USA", "GOV")
TURK = actor("Volker Türk", "UNO", "IGO")
US_STATES = actor("U.S. states", "USA", "GOV")
JEAN_PIERRE = actor("Karine Jean-Pierre", "USA", "GOV")
EU = actor("European Union", "EUR", "IGO")
HOOD = actor("Jeff Hood", "USA", "REL")

A1 = ("ATMORE, Ala. (AP) — Alabama on Thursday executed a man convicted in a 1988 murder-for-hire with nitrogen gas, "
      "the first time the method has been used to put a person to death in the United States.")
A2 = ("Kenneth Eugene Smith, 58, was pronounced dead at 8:25 p.m. at Holman Correctional Facility after breathing "
      "pure nitrogen through a face mask, state officials said.")
A3 = ("His execution went ahead after the U.S. Supreme Court rejected a last-minute appeal from Smith's lawyers, who "
      "argued that the untested method amounted to cruel and unusual punishment.")
A4 = ("Justice Sonia Sotomayor wrote in a dissent that Alabama had chosen Smith as its \"guinea pig\" after failing "
      "to kill him on its first attempt.")
A5 = ("Witnesses said Smith appeared to shake and writhe on the gurney for several minutes before his breathing "
      "slowed.")
A6 = ("\"After more than 35 years and attempt after attempt to game the system, Mr. Smith has finally answered for "
      "his horrendous crimes,\" Gov. Kay Ivey said in a statement.")
A7 = ("Attorney General Steve Marshall said the method had proven effective and offered to help other states that "
      "want to adopt it.")
A8 = ("Smith was one of two men convicted in the 1988 killing of Elizabeth Sennett, a preacher's wife; each was "
      "paid $1,000 by her husband.")
A9 = ("The state tried to execute him by lethal injection in November 2022, but officials called it off after they "
      "were unable to connect an intravenous line.")
A10 = ("The U.N. human rights chief, Volker Türk, said he deeply regretted the execution and urged all U.S. states "
       "to halt further executions.")
A11 = "White House press secretary Karine Jean-Pierre called the case \"deeply troubling.\""
A12 = ("The European Union condemned the execution as \"cruel and unusual\" and repeated its opposition to the death "
       "penalty in all circumstances.")
A13 = ("The Rev. Jeff Hood, Smith's spiritual adviser, said he had witnessed \"torture\" and accused the state of "
       "misleading the public about the method.")
A14 = "Marshall rejected that account, saying Smith had tried to hold his breath."
A15 = "Smith's last words were: \"Tonight Alabama causes humanity to take a step backwards.\""
A16 = "Alabama, Oklahoma and Mississippi have authorized nitrogen hypoxia as an execution method."

EN01 = {
    "id": "hm459-en-01", "lang": "en", "url": None, "published": "2024-01-26",
    "title": "Alabama executes man with nitrogen gas, the first use of the method in the US",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7], [A8, A9], [A10, A11, A12, A13, A14], [A15, A16]),
    "events": [
        event("ASSAULT", ALABAMA, KSMITH, A1, mode="execute", date="2024-01-25", location="Atmore",
              location_country="USA"),
        event("ASSAULT", ALABAMA, KSMITH, A3, mode="execute"),
        event("REJECT", SCOTUS, SMITH_LAWYERS, A3),
        event("ACCUSE", SOTOMAYOR, ALABAMA, A4, mode="disapprove"),
        event("ACCUSE", IVEY, KSMITH, A6, mode="disapprove"),
        event("AGREE", MARSHALL, OTHER_STATES, A7),
        event("ASSAULT", ALABAMA, KSMITH, A9, mode="execute"),
        event("ACCUSE", TURK, ALABAMA, A10, mode="disapprove"),
        event("REQUEST", TURK, US_STATES, A10, mode="change"),
        event("ACCUSE", JEAN_PIERRE, ALABAMA, A11, mode="disapprove"),
        event("ACCUSE", EU, ALABAMA, A12, mode="disapprove"),
        event("ACCUSE", HOOD, ALABAMA, A13, mode="allege"),
    ],
    "quotes": [
        quote("Kenneth Eugene Smith, 58, was pronounced dead at 8:25 p.m. at Holman Correctional Facility after "
              "breathing pure nitrogen through a face mask", "Alabama state officials", "indirect"),
        quote("the untested method amounted to cruel and unusual punishment", "lawyers of Kenneth Eugene Smith",
              "indirect"),
        quote("guinea pig", "Sonia Sotomayor", "direct"),
        quote("Alabama had chosen Smith as its \"guinea pig\" after failing to kill him on its first attempt",
              "Sonia Sotomayor", "indirect"),
        quote("Smith appeared to shake and writhe on the gurney for several minutes before his breathing slowed",
              "witnesses", "indirect"),
        quote("After more than 35 years and attempt after attempt to game the system, Mr. Smith has finally answered "
              "for his horrendous crimes", "Kay Ivey", "direct"),
        quote("the method had proven effective", "Steve Marshall", "indirect"),
        quote("he deeply regretted the execution", "Volker Türk", "indirect"),
        quote("deeply troubling", "Karine Jean-Pierre", "direct"),
        quote("cruel and unusual", "European Union", "direct"),
        quote("torture", "Jeff Hood", "direct"),
        quote("he had witnessed \"torture\"", "Jeff Hood", "indirect"),
        quote("Smith had tried to hold his breath", "Steve Marshall", "indirect"),
        quote("Tonight Alabama causes humanity to take a step backwards", "Kenneth Eugene Smith", "direct"),
    ],
    "entities": [
        entity("Atmore", "LOC", "USA", ["ATMORE"]),
        entity("Alabama", "LOC", "USA", ["Ala.", "Alabama"]),
        entity("Government of Alabama", "ORG", "USA", ["Alabama", "The state", "the state"]),
        entity("Kenneth Eugene Smith", "PER", "USA",
               ["a man convicted in a 1988 murder-for-hire", "Kenneth Eugene Smith, 58", "His", "Smith's", "Smith",
                "him", "his", "Mr. Smith"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Holman Correctional Facility", "LOC", "USA", ["Holman Correctional Facility"]),
        entity("Alabama state officials", "PER", "USA", ["state officials", "officials"]),
        entity("Supreme Court of the United States", "ORG", "USA", ["the U.S. Supreme Court"]),
        entity("lawyers of Kenneth Eugene Smith", "PER", "USA", ["Smith's lawyers"]),
        entity("Sonia Sotomayor", "PER", "USA", ["Justice Sonia Sotomayor"]),
        entity("witnesses", "PER", "USA", ["Witnesses"]),
        entity("Kay Ivey", "PER", "USA", ["Gov. Kay Ivey"]),
        entity("Steve Marshall", "PER", "USA", ["Attorney General Steve Marshall", "Marshall"]),
        entity("other U.S. states", "ORG", "USA", ["other states"]),
        entity("Elizabeth Sennett", "PER", "USA", ["Elizabeth Sennett, a preacher's wife", "her"]),
        entity("Charles Sennett", "PER", "USA", ["her husband"]),
        entity("Volker Türk", "PER", "UNO", ["The U.N. human rights chief, Volker Türk", "he"]),
        entity("U.S. states", "ORG", "USA", ["all U.S. states"]),
        entity("White House", "ORG", "USA", ["White House"]),
        entity("Karine Jean-Pierre", "PER", "USA", ["White House press secretary Karine Jean-Pierre"]),
        entity("European Union", "ORG", "EUR", ["The European Union"]),
        entity("Jeff Hood", "PER", "USA", ["The Rev. Jeff Hood, Smith's spiritual adviser", "he"]),
        entity("Oklahoma", "LOC", "USA", ["Oklahoma"]),
        entity("Mississippi", "LOC", "USA", ["Mississippi"]),
    ],
}

# ---------------------------------------------------------------- hm459-en-02 (USA, New Mexico gun-carry order)
URIAS = actor("David Urias", "USA", "JUD")
LUJAN = actor("Michelle Lujan Grisham", "USA", "GOV")
GUN_GROUPS = actor("gun-rights groups", "USA", "NGO")
NM_RESIDENTS = actor("residents of Bernalillo County", "USA", "CVL")
ALLEN = actor("John Allen", "USA", "COP")
MEDINA = actor("Harold Medina", "USA", "COP")
TORREZ = actor("Raúl Torrez", "USA", "GOV")
LORD = actor("Stefani Lord", "USA", "LEG")
BLOCK = actor("John Block", "USA", "LEG")
LIEU = actor("Ted Lieu", "USA", "LEG")
GUN_RALLY = actor("gun-rights supporters in Albuquerque", "USA", "CVL")
ABQ_POLICE = actor("Albuquerque Police Department", "USA", "COP")

N1 = ("ALBUQUERQUE, N.M. (AP) — A federal judge on Wednesday temporarily blocked New Mexico Gov. Michelle Lujan "
      "Grisham's order suspending the right to carry guns in public in and around Albuquerque.")
N2 = ("U.S. District Judge David Urias granted a temporary restraining order sought by gun-rights groups, which "
      "argued that the ban violated the Second Amendment.")
N3 = ("Lujan Grisham, a Democrat, declared gun violence a public health emergency on Friday and suspended open and "
      "concealed carry in Bernalillo County for 30 days.")
N4 = ("She acted after an 11-year-old boy was shot dead outside a minor league ballpark as he left a game with his "
      "family.")
N5 = ("\"I'm not going to wait for more children to die,\" Lujan Grisham told reporters after the ruling, adding "
      "that she would keep fighting for the measure in court.")
N6 = "Bernalillo County Sheriff John Allen had already said he would not enforce the order, calling it unconstitutional."
N7 = "Albuquerque Police Chief Harold Medina also said his officers would not enforce it."
N8 = ("State Attorney General Raúl Torrez, a fellow Democrat, told the governor in a letter that he would not defend "
      "the order in court.")
N9 = ("He wrote that he did not believe it would \"have any meaningful impact on public safety.\"")
N10 = "Two Republican state lawmakers, Stefani Lord and John Block, called for Lujan Grisham's impeachment."
N11 = ("Some Democrats also criticized the move, among them U.S. Rep. Ted Lieu of California, who wrote on social "
       "media that the order violated the Constitution.")
N12 = ("Hundreds of gun-rights supporters, many of them openly carrying rifles and handguns, rallied in "
       "Albuquerque's Old Town on Sunday in defiance of the order.")
N13 = "Police made no arrests at the rally."
N14 = ("Albuquerque recorded more than 100 homicides last year for the second year in a row, according to police "
       "figures.")
N15 = "A hearing on a longer-term injunction is scheduled for early October."

EN02 = {
    "id": "hm459-en-02", "lang": "en", "url": None, "published": "2023-09-14",
    "title": "Judge blocks New Mexico governor's suspension of gun-carry rights in Albuquerque",
    "text": paragraphs([N1, N2, N3, N4, N5], [N6, N7, N8, N9], [N10, N11, N12, N13], [N14, N15]),
    "events": [
        event("REJECT", URIAS, LUJAN, N1, date="2023-09-13", location="Albuquerque", location_country="USA"),
        event("REJECT", URIAS, LUJAN, N2),
        event("ACCUSE", GUN_GROUPS, LUJAN, N2, mode="allege"),
        event("COERCE", LUJAN, NM_RESIDENTS, N3, mode="restrict", date="2023-09-08", location="Bernalillo County",
              location_country="USA"),
        event("REJECT", ALLEN, LUJAN, N6),
        event("ACCUSE", ALLEN, LUJAN, N6, mode="disapprove"),
        event("REJECT", MEDINA, LUJAN, N7),
        event("REJECT", TORREZ, LUJAN, N8),
        event("ACCUSE", TORREZ, LUJAN, N9, mode="disapprove"),
        event("REQUEST", LORD, LUJAN, N10, mode="change"),
        event("REQUEST", BLOCK, LUJAN, N10, mode="change"),
        event("ACCUSE", LIEU, LUJAN, N11, mode="disapprove"),
        event("PROTEST", GUN_RALLY, LUJAN, N12, mode="demo", date="2023-09-10", location="Albuquerque",
              location_country="USA"),
        event("COERCE", ABQ_POLICE, GUN_RALLY, N13, mode="arrest", negated=True, location="Albuquerque",
              location_country="USA"),
    ],
    "quotes": [
        quote("the ban violated the Second Amendment", "gun-rights groups", "indirect"),
        quote("I'm not going to wait for more children to die", "Michelle Lujan Grisham", "direct"),
        quote("she would keep fighting for the measure in court", "Michelle Lujan Grisham", "indirect"),
        quote("he would not enforce the order", "John Allen", "indirect"),
        quote("his officers would not enforce it", "Harold Medina", "indirect"),
        quote("he would not defend the order in court", "Raúl Torrez", "indirect"),
        quote("have any meaningful impact on public safety", "Raúl Torrez", "direct"),
        quote("he did not believe it would \"have any meaningful impact on public safety.\"", "Raúl Torrez",
              "indirect"),
        quote("the order violated the Constitution", "Ted Lieu", "indirect"),
        quote("Albuquerque recorded more than 100 homicides last year for the second year in a row",
              "Albuquerque Police Department", "indirect"),
    ],
    "entities": [
        entity("Albuquerque", "LOC", "USA", ["ALBUQUERQUE", "Albuquerque", "Albuquerque's"]),
        entity("New Mexico", "LOC", "USA", ["N.M.", "New Mexico"]),
        entity("David Urias", "PER", "USA", ["A federal judge", "U.S. District Judge David Urias"]),
        entity("Michelle Lujan Grisham", "PER", "USA",
               ["New Mexico Gov. Michelle Lujan Grisham's", "Lujan Grisham", "She", "she", "the governor",
                "Lujan Grisham's"]),
        entity("gun-rights groups", "ORG", "USA", ["gun-rights groups"]),
        entity("Second Amendment", "MISC", "USA", ["the Second Amendment"]),
        entity("Democratic Party", "ORG", "USA", ["a Democrat", "a fellow Democrat", "Some Democrats"]),
        entity("Bernalillo County", "LOC", "USA", ["Bernalillo County"]),
        entity("shooting victim in Albuquerque", "PER", "USA", ["an 11-year-old boy", "he", "his"]),
        entity("John Allen", "PER", "USA", ["Bernalillo County Sheriff John Allen", "he"]),
        entity("Harold Medina", "PER", "USA", ["Albuquerque Police Chief Harold Medina", "his"]),
        entity("Albuquerque Police Department", "ORG", "USA", ["his officers", "Police", "police"]),
        entity("Raúl Torrez", "PER", "USA", ["State Attorney General Raúl Torrez", "he", "He"]),
        entity("Republican Party", "ORG", "USA", ["Republican"]),
        entity("Stefani Lord", "PER", "USA", ["Stefani Lord"]),
        entity("John Block", "PER", "USA", ["John Block"]),
        entity("Ted Lieu", "PER", "USA", ["U.S. Rep. Ted Lieu of California"]),
        entity("California", "LOC", "USA", ["California"]),
        entity("Constitution of the United States", "MISC", "USA", ["the Constitution"]),
        entity("gun-rights supporters in Albuquerque", "PER", "USA", ["Hundreds of gun-rights supporters"]),
        entity("Old Town", "LOC", "USA", ["Albuquerque's Old Town"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
