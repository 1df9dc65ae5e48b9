"""Round 376: six invented wire-style articles (4 German, 2 English), written blind. Region: Sub-Saharan Africa.

Stories (real settings 2024-2025, invented wording and details):
- hm376-de-01: Côte d'Ivoire/France: France hands its Port-Bouët base (43rd BIMA) to the Ivorian army in the presence of Lecornu and Téné Birahima Ouattara; Ouattara's New Year announcement of an agreed pull-out, about 80 French trainers stay, Lecornu's pledge, Ivorian thanks, the PPA-CI welcomes it but wants all troops gone, French helicopter strikes of 2011 and Gbagbo's arrest recalled (2025-02-20).
- hm376-de-02: Rwanda: the RIB arrests opposition politician Victoire Ingabire after a court hearing in the Nsengimana plot trial; criminal-association and incitement accusations, Murangira's remarks, her lawyer demands her release and accuses the government, her 2010 arrest, 2013 sentence, 2018 pardon and the rejected bid to clear her record, HRW criticises, Makolo rebuffs foreign critics (2025-06-20).
- hm376-de-03: DR Congo: National Assembly speaker Vital Kamerhe resigns ahead of a vote on a petition by Union sacrée MPs; mismanagement accusations against him and other bureau members, two of whom also resign, Kamerhe speaks of a campaign and pledges loyalty to Tshisekedi, the UNC backs him, his 2020 conviction and 2022 acquittal, Katumbi's party attacks the majority (2025-09-22).
- hm376-de-04: Somalia: al-Shabaab takes Adan Yabaal in Middle Shabelle after fighting with government troops; soldiers withdraw, the militia's claims on Radio Andalus, the defence ministry speaks of a tactical move and reports air strikes, Defence Minister Nur vows to retake the town, Moqokori's earlier fall, AU Commission chief Youssouf appeals to the Security Council over AUSSOM funding, opposition criticism (2025-04-17).
- hm376-en-01: Zambia: Hichilema suspends Constitutional Court judges Mulenga, Mulonda and Sitali on the Judicial Complaints Commission's recommendation over the 2016 election petition; Lungu accuses him of capturing the court, the LAZ objects, Hamasaka defends the step, a tribunal is appointed, the Tonse Alliance's rally is banned by police (2024-10-29).
- hm376-en-02: Senegal: President Faye dissolves the opposition-controlled National Assembly and calls early elections for Nov. 17; his accusation of obstruction, the Benno Bokk Yakaar censure motion against Sonko's government and the rejected bill on advisory bodies, Mbow accuses Faye and vows a legal fight, Sonko welcomes it, Amadou Ba and Aar Sunu Election appeal for a clean vote (2024-09-13).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm376-de-01 (Côte d'Ivoire, Port-Bouët base handed over)
FRA_MIL = actor("French Armed Forces", "FRA", "MIL")
CIV_MIL = actor("Armed Forces of Côte d'Ivoire", "CIV", "MIL")
LECORNU = actor("Sébastien Lecornu", "FRA", "GOV")
TENE = actor("Téné Birahima Ouattara", "CIV", "GOV")
OUATTARA = actor("Alassane Ouattara", "CIV", "GOV")
FRA_GOV = actor("Government of France", "FRA", "GOV")
CIV_GOV = actor("Government of Côte d'Ivoire", "CIV", "GOV")
PPACI = actor("PPA-CI", "CIV", "PTY")
GBAGBO_FORCES = actor("forces loyal to Laurent Gbagbo", "CIV", "MIL")
OUATTARA_FORCES = actor("forces loyal to Alassane Ouattara", "CIV", "MIL")
GBAGBO = actor("Laurent Gbagbo", "CIV", "GOV")

A1 = ("Abidjan (dpa) - Frankreich hat seinen wichtigsten Militärstützpunkt in der Elfenbeinküste an die ivorischen "
      "Streitkräfte übergeben.")
A2 = ("Bei einer Zeremonie im Lager des 43. Marineinfanteriebataillons (BIMA) in Port-Bouët nahe dem Flughafen der "
      "Wirtschaftsmetropole Abidjan wurde am Donnerstag die französische Flagge eingeholt und die ivorische gehisst.")
A3 = ("An der Feier nahmen der französische Verteidigungsminister Sébastien Lecornu und sein ivorischer Amtskollege "
      "Téné Birahima Ouattara teil, ein jüngerer Bruder von Präsident Alassane Ouattara.")
A4 = ("Das Lager trägt künftig den Namen des ersten Generalstabschefs der ivorischen Armee, General Thomas d'Aquin "
      "Ouattara.")
A5 = ("Der Präsident hatte in seiner Neujahrsansprache mitgeteilt, er habe sich mit Paris auf einen „konzertierten und "
      "organisierten Abzug“ der französischen Truppen verständigt.")
A6 = ("Nach Angaben des französischen Verteidigungsministeriums bleiben rund 80 Soldaten im Land, um die ivorische "
      "Armee vor allem bei der Ausbildung zu unterstützen.")
A7 = "„Das ist kein Abschied, sondern ein neues Kapitel unserer Partnerschaft“, sagte Lecornu."
A8 = ("Frankreich werde die Elfenbeinküste weiterhin bei der Ausbildung von Offizieren und im Kampf gegen "
      "dschihadistische Gruppen an der Nordgrenze unterstützen, versprach der Minister.")
A9 = "Téné Birahima Ouattara dankte Frankreich für „fast ein halbes Jahrhundert“ militärischer Zusammenarbeit."
A10 = ("Die ivorische Armee sei heute in der Lage, die Sicherheit des Landes aus eigener Kraft zu gewährleisten, sagte "
       "er.")
A11 = "Die Oppositionspartei PPA-CI des früheren Präsidenten Laurent Gbagbo begrüßte den Schritt der Regierung."
A12 = "Sie forderte die Regierung aber auf, auch die verbliebenen französischen Soldaten nach Hause zu schicken."
A13 = ("Das Bataillon war seit 1978 in Port-Bouët stationiert und galt als Rückgrat der französischen "
       "Militärpräsenz in Westafrika.")
A14 = ("Im Machtkampf nach der Präsidentenwahl von 2010 hatten französische Kampfhubschrauber in Abidjan Stellungen der "
       "Gbagbo-treuen Truppen angegriffen.")
A15 = "Gbagbo wurde wenig später von Ouattaras Truppen festgenommen."
A16 = ("In den vergangenen Jahren hatten die französischen Truppen bereits Mali, Burkina Faso und Niger verlassen "
       "müssen, wo Militärjuntas die Macht übernommen hatten.")
A17 = "Nennenswerte französische Kontingente bleiben in Afrika künftig nur noch in Dschibuti und Gabun stationiert."

DE01 = {
    "id": "hm376-de-01", "lang": "de", "url": None, "published": "2025-02-20",
    "title": "Frankreich übergibt Militärstützpunkt in der Elfenbeinküste",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12], [A13, A14, A15],
                       [A16, A17]),
    "events": [
        event("RETREAT", FRA_MIL, CIV_MIL, A1, mode="withdraw", location_country="CIV"),
        event("RETREAT", FRA_MIL, CIV_MIL, A2, mode="withdraw", date="2025-02-20", location="Port-Bouët",
              location_country="CIV"),
        event("CONSULT", LECORNU, TENE, A3, mode="visit", date="2025-02-20", location="Port-Bouët",
              location_country="CIV"),
        event("AGREE", OUATTARA, FRA_GOV, A5),
        event("AID", FRA_MIL, CIV_MIL, A6),
        event("AGREE", LECORNU, CIV_GOV, A8),
        event("SUPPORT", TENE, FRA_GOV, A9),
        event("SUPPORT", PPACI, CIV_GOV, A11),
        event("REQUEST", PPACI, CIV_GOV, A12, mode="change"),
        event("ASSAULT", FRA_MIL, GBAGBO_FORCES, A14, mode="aerial", location="Abidjan", location_country="CIV"),
        event("COERCE", OUATTARA_FORCES, GBAGBO, A15, mode="arrest"),
    ],
    "quotes": [
        quote("konzertierten und organisierten Abzug", "Alassane Ouattara", "direct"),
        quote("er habe sich mit Paris auf einen „konzertierten und organisierten Abzug“ der französischen Truppen "
              "verständigt", "Alassane Ouattara", "indirect"),
        quote("Nach Angaben des französischen Verteidigungsministeriums bleiben rund 80 Soldaten im Land, um die "
              "ivorische Armee vor allem bei der Ausbildung zu unterstützen", "Ministry of the Armed Forces of France",
              "indirect"),
        quote("Das ist kein Abschied, sondern ein neues Kapitel unserer Partnerschaft", "Sébastien Lecornu", "direct"),
        quote("Frankreich werde die Elfenbeinküste weiterhin bei der Ausbildung von Offizieren und im Kampf gegen "
              "dschihadistische Gruppen an der Nordgrenze unterstützen", "Sébastien Lecornu", "indirect"),
        quote("fast ein halbes Jahrhundert", "Téné Birahima Ouattara", "direct"),
        quote("Die ivorische Armee sei heute in der Lage, die Sicherheit des Landes aus eigener Kraft zu "
              "gewährleisten", "Téné Birahima Ouattara", "indirect"),
    ],
    "entities": [
        entity("Abidjan", "LOC", "CIV", ["Abidjan", "der Wirtschaftsmetropole Abidjan"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
        entity("Côte d'Ivoire", "LOC", "CIV", ["der Elfenbeinküste", "die Elfenbeinküste", "im Land",
                                               "des Landes"]),
        entity("Armed Forces of Côte d'Ivoire", "ORG", "CIV", ["die ivorischen Streitkräfte", "der ivorischen Armee",
                                                               "die ivorische Armee", "Die ivorische Armee"]),
        entity("French Armed Forces", "ORG", "FRA", ["der französischen Truppen", "rund 80 Soldaten",
                                                     "die verbliebenen französischen Soldaten",
                                                     "französische Kampfhubschrauber", "die französischen Truppen"]),
        entity("43rd Marine Infantry Battalion", "ORG", "FRA", ["des 43. Marineinfanteriebataillons (BIMA)",
                                                                "Das Bataillon"]),
        entity("Camp Thomas d'Aquin Ouattara", "LOC", "CIV", ["Lager des 43. Marineinfanteriebataillons (BIMA)",
                                                              "Das Lager"]),
        entity("Port-Bouët", "LOC", "CIV", ["Port-Bouët"]),
        entity("Félix Houphouët-Boigny International Airport", "LOC", "CIV", ["dem Flughafen"]),
        entity("Sébastien Lecornu", "PER", "FRA", ["der französische Verteidigungsminister Sébastien Lecornu",
                                                   "Lecornu", "der Minister"]),
        entity("Téné Birahima Ouattara", "PER", "CIV", ["sein ivorischer Amtskollege Téné Birahima Ouattara",
                                                         "Téné Birahima Ouattara"]),
        entity("Alassane Ouattara", "PER", "CIV", ["Präsident Alassane Ouattara", "Der Präsident", "Ouattaras"]),
        entity("Thomas d'Aquin Ouattara", "PER", "CIV", ["General Thomas d'Aquin Ouattara"]),
        entity("Government of France", "ORG", "FRA", ["Paris"]),
        entity("Ministry of the Armed Forces of France", "ORG", "FRA", ["des französischen Verteidigungsministeriums"]),
        entity("PPA-CI", "ORG", "CIV", ["Die Oppositionspartei PPA-CI", "Sie"]),
        entity("Laurent Gbagbo", "PER", "CIV", ["des früheren Präsidenten Laurent Gbagbo", "Gbagbo"]),
        entity("Government of Côte d'Ivoire", "ORG", "CIV", ["der Regierung", "die Regierung"]),
        entity("jihadist groups", "ORG", None, ["dschihadistische Gruppen"]),
        entity("West Africa", "LOC", None, ["Westafrika"]),
        entity("forces loyal to Laurent Gbagbo", "ORG", "CIV", ["Gbagbo-treuen Truppen"]),
        entity("forces loyal to Alassane Ouattara", "ORG", "CIV", ["Ouattaras Truppen"]),
        entity("Mali", "LOC", "MLI", ["Mali"]),
        entity("Burkina Faso", "LOC", "BFA", ["Burkina Faso"]),
        entity("Niger", "LOC", "NER", ["Niger"]),
        entity("Africa", "LOC", None, ["Afrika"]),
        entity("Djibouti", "LOC", "DJI", ["Dschibuti"]),
        entity("Gabon", "LOC", "GAB", ["Gabun"]),
    ],
}

# ---------------------------------------------------------------- hm376-de-02 (Rwanda, Victoire Ingabire arrested)
RIB = actor("Rwanda Investigation Bureau", "RWA", "COP")
INGABIRE = actor("Victoire Ingabire Umuhoza", "RWA", "OPP")
RWA_PROSECUTION = actor("National Public Prosecution Authority of Rwanda", "RWA", "JUD")
NSENGIMANA_DEFENDANTS = actor("nine defendants in the Nsengimana trial", "RWA", "CVL")
MURANGIRA = actor("Thierry Murangira", "RWA", "COP")
GASHABANA = actor("Gatera Gashabana", "RWA", "CVL")
RWA_GOV = actor("Government of Rwanda", "RWA", "GOV")
RWA_POLICE = actor("Rwanda National Police", "RWA", "COP")
RWA_SUPREME = actor("Supreme Court of Rwanda", "RWA", "JUD")
KAGAME = actor("Paul Kagame", "RWA", "GOV")
KIGALI_COURT = actor("Kigali court", "RWA", "JUD")
HRW = actor("Human Rights Watch", "NGO", "NGO")
MAKOLO = actor("Yolande Makolo", "RWA", "GOV")

B1 = "Kigali (dpa) - In Ruanda ist die Oppositionspolitikerin Victoire Ingabire Umuhoza festgenommen worden."
B2 = ("Die Vorsitzende der nicht zugelassenen Partei Dalfa-Umurinzi werde verdächtigt, eine kriminelle Vereinigung "
      "gebildet und zu Aufruhr gegen die Regierung angestiftet zu haben, teilte die Ermittlungsbehörde RIB am Freitag "
      "mit.")
B3 = ("Die 56-Jährige war bereits am Donnerstag nach einer Gerichtsverhandlung in Kigali in Gewahrsam genommen worden, "
      "zu der sie als Zeugin geladen war.")
B4 = ("In dem Verfahren sind neun Menschen angeklagt, unter ihnen der Journalist Théoneste Nsengimana, denen die "
      "Staatsanwaltschaft die Vorbereitung eines Umsturzes vorwirft.")
B5 = "Sie sollen unter anderem an Schulungen zu Methoden des gewaltfreien Widerstands teilgenommen haben."
B6 = "RIB-Sprecher Thierry Murangira sagte, Ingabire habe die Gruppe angeleitet und finanziert."
B7 = "„In Ruanda steht niemand über dem Gesetz, auch nicht, wer sich Oppositionspolitikerin nennt“, fügte er hinzu."
B8 = ("Ingabires Anwalt Gatera Gashabana nannte die Vorwürfe „konstruiert“ und forderte ihre sofortige "
      "Freilassung.")
B9 = ("Seine Mandantin werde verfolgt, weil sie die Regierung von Präsident Paul Kagame offen kritisiere, sagte "
      "er.")
B10 = ("Ingabire war 2010 aus dem niederländischen Exil zurückgekehrt, um bei der Präsidentenwahl gegen Kagame "
       "anzutreten, und wenig später festgenommen worden.")
B11 = ("Der Oberste Gerichtshof verurteilte sie 2013 wegen Verschwörung gegen die Regierung und Verharmlosung des "
       "Völkermords an den Tutsi zu 15 Jahren Haft.")
B12 = "2018 kam sie nach einer Begnadigung durch Kagame frei."
B13 = ("Im vergangenen Jahr hatte ein Gericht in Kigali ihren Antrag abgelehnt, ihre Vorstrafe zu tilgen, damit sie "
       "bei der Präsidentenwahl im Juli 2024 kandidieren kann.")
B14 = ("Die Menschenrechtsorganisation Human Rights Watch sprach von einem „weiteren Schlag gegen die letzten "
       "kritischen Stimmen“ in Ruanda.")
B15 = "Regierungssprecherin Yolande Makolo wies die Kritik zurück."
B16 = ("Es handle sich um ein gewöhnliches Strafverfahren, in das sich ausländische Organisationen nicht einzumischen "
       "hätten, sagte sie.")
B17 = ("Kagame war im Juli 2024 offiziell mit mehr als 99 Prozent der Stimmen für eine vierte Amtszeit bestätigt "
       "worden.")

DE02 = {
    "id": "hm376-de-02", "lang": "de", "url": None, "published": "2025-06-20",
    "title": "Ruandische Oppositionspolitikerin Ingabire festgenommen",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9], [B10, B11, B12, B13], [B14, B15, B16, B17]),
    "events": [
        event("COERCE", RIB, INGABIRE, B1, mode="arrest", location_country="RWA"),
        event("ACCUSE", RIB, INGABIRE, B2, mode="allege", date="2025-06-20"),
        event("COERCE", RIB, INGABIRE, B3, mode="arrest", date="2025-06-19", location="Kigali",
              location_country="RWA"),
        event("ACCUSE", RWA_PROSECUTION, NSENGIMANA_DEFENDANTS, B4, mode="allege"),
        event("ACCUSE", MURANGIRA, INGABIRE, B6, mode="allege"),
        event("REQUEST", GASHABANA, RWA_GOV, B8, mode="yield"),
        event("ACCUSE", GASHABANA, RWA_GOV, B9, mode="allege"),
        event("COERCE", RWA_POLICE, INGABIRE, B10, mode="arrest", location_country="RWA"),
        event("SANCTION", RWA_SUPREME, INGABIRE, B11, mode="convict"),
        event("COERCE", RWA_SUPREME, INGABIRE, B11, mode="arrest"),
        event("RETREAT", KAGAME, INGABIRE, B12, mode="release"),
        event("REJECT", KIGALI_COURT, INGABIRE, B13, mode="change", location="Kigali", location_country="RWA"),
        event("ACCUSE", HRW, RWA_GOV, B14, mode="disapprove"),
        event("ACCUSE", MAKOLO, HRW, B16, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Vorsitzende der nicht zugelassenen Partei Dalfa-Umurinzi werde verdächtigt, eine kriminelle "
              "Vereinigung gebildet und zu Aufruhr gegen die Regierung angestiftet zu haben",
              "Rwanda Investigation Bureau", "indirect"),
        quote("Ingabire habe die Gruppe angeleitet und finanziert", "Thierry Murangira", "indirect"),
        quote("In Ruanda steht niemand über dem Gesetz, auch nicht, wer sich Oppositionspolitikerin nennt",
              "Thierry Murangira", "direct"),
        quote("konstruiert", "Gatera Gashabana", "direct"),
        quote("Seine Mandantin werde verfolgt, weil sie die Regierung von Präsident Paul Kagame offen kritisiere",
              "Gatera Gashabana", "indirect"),
        quote("weiteren Schlag gegen die letzten kritischen Stimmen", "Human Rights Watch", "direct"),
        quote("Es handle sich um ein gewöhnliches Strafverfahren, in das sich ausländische Organisationen nicht "
              "einzumischen hätten", "Yolande Makolo", "indirect"),
    ],
    "entities": [
        entity("Kigali", "LOC", "RWA", ["Kigali"]),
        entity("Rwanda", "LOC", "RWA", ["Ruanda"]),
        entity("Victoire Ingabire Umuhoza", "PER", "RWA", ["die Oppositionspolitikerin Victoire Ingabire Umuhoza",
                                                            "Die Vorsitzende der nicht zugelassenen Partei "
                                                            "Dalfa-Umurinzi", "Die 56-Jährige", "Ingabire",
                                                            "Ingabires", "Seine Mandantin"]),
        entity("DALFA-Umurinzi", "ORG", "RWA", ["der nicht zugelassenen Partei Dalfa-Umurinzi"]),
        entity("Government of Rwanda", "ORG", "RWA", ["die Regierung", "die Regierung von Präsident Paul Kagame"]),
        entity("Rwanda Investigation Bureau", "ORG", "RWA", ["die Ermittlungsbehörde RIB", "RIB"]),
        entity("Théoneste Nsengimana", "PER", "RWA", ["der Journalist Théoneste Nsengimana"]),
        entity("nine defendants in the Nsengimana trial", "PER", "RWA", ["neun Menschen"]),
        entity("National Public Prosecution Authority of Rwanda", "ORG", "RWA", ["die Staatsanwaltschaft"]),
        entity("Thierry Murangira", "PER", "RWA", ["RIB-Sprecher Thierry Murangira"]),
        entity("Gatera Gashabana", "PER", "RWA", ["Ingabires Anwalt Gatera Gashabana"]),
        entity("Paul Kagame", "PER", "RWA", ["Präsident Paul Kagame", "Kagame"]),
        entity("Netherlands", "LOC", "NLD", ["niederländischen"]),
        entity("Supreme Court of Rwanda", "ORG", "RWA", ["Der Oberste Gerichtshof"]),
        entity("Tutsi", "ORG", "RWA", ["den Tutsi"]),
        entity("Kigali court", "ORG", "RWA", ["ein Gericht in Kigali"]),
        entity("Human Rights Watch", "ORG", None, ["Die Menschenrechtsorganisation Human Rights Watch"]),
        entity("Yolande Makolo", "PER", "RWA", ["Regierungssprecherin Yolande Makolo"]),
        entity("Rwanda National Police", "ORG", "RWA", []),
    ],
}

# ---------------------------------------------------------------- hm376-de-03 (DR Congo, Kamerhe resigns as speaker)
KAMERHE = actor("Vital Kamerhe", "COD", "LEG")
PETITION_MPS = actor("Union sacrée lawmakers who petitioned against Kamerhe", "COD", "LEG")
BUREAU_MEMBERS = actor("members of the bureau of the National Assembly of the DR Congo", "COD", "LEG")
TSHISEKEDI = actor("Félix Tshisekedi", "COD", "GOV")
UNC = actor("Union for the Congolese Nation", "COD", "PTY")
KINSHASA_COURT = actor("Kinshasa-Gombe court", "COD", "JUD")
KINSHASA_APPEALS = actor("Kinshasa Court of Appeal", "COD", "JUD")
ENSEMBLE = actor("Ensemble pour la République", "COD", "PTY")
UNION_SACREE = actor("Union sacrée", "COD", "PTY")

C1 = ("Kinshasa (dpa) - Der Präsident der Nationalversammlung der Demokratischen Republik Kongo, Vital Kamerhe, ist "
      "nach wochenlangem Druck aus dem eigenen Regierungslager zurückgetreten.")
C2 = ("Er lege sein Amt nieder, um den Zusammenhalt der Regierungsmehrheit nicht zu gefährden, erklärte Kamerhe am "
      "Montag in einer kurzen Ansprache im Parlamentsgebäude in Kinshasa.")
C3 = "Der 66-Jährige kam damit einer Abstimmung über seine Absetzung zuvor, die für Dienstag angesetzt war."
C4 = ("Mehr als 250 Abgeordnete der Regierungsplattform Union sacrée hatten Anfang September in einer Petition seine "
      "Abwahl verlangt.")
C5 = ("Sie warfen ihm und drei weiteren Mitgliedern des Parlamentspräsidiums mangelnde Transparenz bei der Verwaltung "
      "der Finanzen der Kammer und eine eigenmächtige Amtsführung vor.")
C6 = "Zwei von ihnen reichten nach Angaben aus Parlamentskreisen ebenfalls ihren Rücktritt ein."
C7 = "Kamerhe sprach von einer „Kampagne“ gegen seine Person, nannte aber keine Namen."
C8 = ("Er danke Präsident Félix Tshisekedi für dessen Vertrauen und bleibe ein „loyaler Verbündeter“ des "
      "Staatschefs, sagte er.")
C9 = "Seine Partei UNC stellte sich hinter ihn."
C10 = "Tshisekedi, der sich zur UN-Generalversammlung in New York aufhielt, äußerte sich zunächst nicht."
C11 = ("Kamerhe hatte Tshisekedi 2018 mit einem Wahlbündnis zur Präsidentschaft verholfen und war danach sein "
       "Kabinettsdirektor.")
C12 = ("2020 wurde er wegen der Veruntreuung öffentlicher Gelder zu 20 Jahren Zwangsarbeit verurteilt, ein "
       "Berufungsgericht sprach ihn 2022 jedoch frei.")
C13 = ("Die Oppositionspartei Ensemble pour la République von Moïse Katumbi warf der Regierungsmehrheit vor, das "
       "Parlament mit internen Machtkämpfen zu lähmen.")
C14 = ("Beobachter in Kinshasa bringen den Sturz Kamerhes mit einer von Tshisekedi angestrebten Verfassungsänderung "
       "in Verbindung, zu der sich der Parlamentspräsident auffallend zurückhaltend geäußert hatte.")
C15 = "Die Kammer soll in den kommenden Wochen einen Nachfolger wählen."

DE03 = {
    "id": "hm376-de-03", "lang": "de", "url": None, "published": "2025-09-22",
    "title": "Kongos Parlamentspräsident Kamerhe tritt zurück",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C7, C8, C9, C10], [C11, C12], [C13, C14, C15]),
    "events": [
        event("RETREAT", KAMERHE, None, C1, mode="resign", location_country="COD"),
        event("RETREAT", KAMERHE, None, C2, mode="resign", date="2025-09-22", location="Kinshasa",
              location_country="COD"),
        event("REQUEST", PETITION_MPS, KAMERHE, C4, mode="change"),
        event("ACCUSE", PETITION_MPS, KAMERHE, C5, mode="allege"),
        event("ACCUSE", PETITION_MPS, BUREAU_MEMBERS, C5, mode="allege"),
        event("RETREAT", BUREAU_MEMBERS, None, C6, mode="resign"),
        event("ACCUSE", KAMERHE, None, C7, mode="allege"),
        event("SUPPORT", KAMERHE, TSHISEKEDI, C8),
        event("SUPPORT", UNC, KAMERHE, C9),
        event("SANCTION", KINSHASA_COURT, KAMERHE, C12, mode="convict"),
        event("COERCE", KINSHASA_COURT, KAMERHE, C12, mode="arrest"),
        event("CONCEDE", KINSHASA_APPEALS, KAMERHE, C12),
        event("ACCUSE", ENSEMBLE, UNION_SACREE, C13, mode="disapprove"),
    ],
    "quotes": [
        quote("Er lege sein Amt nieder, um den Zusammenhalt der Regierungsmehrheit nicht zu gefährden",
              "Vital Kamerhe", "indirect"),
        quote("Zwei von ihnen reichten nach Angaben aus Parlamentskreisen ebenfalls ihren Rücktritt ein",
              "parliamentary sources", "indirect"),
        quote("Kampagne", "Vital Kamerhe", "direct"),
        quote("loyaler Verbündeter", "Vital Kamerhe", "direct"),
        quote("Er danke Präsident Félix Tshisekedi für dessen Vertrauen und bleibe ein „loyaler Verbündeter“ des "
              "Staatschefs", "Vital Kamerhe", "indirect"),
        quote("das Parlament mit internen Machtkämpfen zu lähmen", "Ensemble pour la République", "indirect"),
    ],
    "entities": [
        entity("Kinshasa", "LOC", "COD", ["Kinshasa"]),
        entity("Palais du Peuple", "LOC", "COD", ["im Parlamentsgebäude"]),
        entity("National Assembly of the DR Congo", "ORG", "COD", ["der Nationalversammlung", "der Kammer",
                                                                   "Die Kammer", "das Parlament"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["der Demokratischen Republik Kongo"]),
        entity("Vital Kamerhe", "PER", "COD", ["Der Präsident der Nationalversammlung der Demokratischen Republik "
                                               "Kongo, Vital Kamerhe", "Kamerhe", "Der 66-Jährige", "ihm",
                                               "seine Person", "Kamerhes", "der Parlamentspräsident"]),
        entity("Union sacrée", "ORG", "COD", ["dem eigenen Regierungslager", "der Regierungsmehrheit",
                                              "der Regierungsplattform Union sacrée"]),
        entity("Union sacrée lawmakers who petitioned against Kamerhe", "PER", "COD",
               ["Mehr als 250 Abgeordnete der Regierungsplattform Union sacrée", "Sie"]),
        entity("members of the bureau of the National Assembly of the DR Congo", "PER", "COD",
               ["drei weiteren Mitgliedern des Parlamentspräsidiums", "Zwei von ihnen"]),
        entity("parliamentary sources", "PER", "COD", ["Parlamentskreisen"]),
        entity("Félix Tshisekedi", "PER", "COD", ["Präsident Félix Tshisekedi", "des Staatschefs", "Tshisekedi"]),
        entity("Union for the Congolese Nation", "ORG", "COD", ["Seine Partei UNC"]),
        entity("United Nations General Assembly", "ORG", None, ["UN-Generalversammlung"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Kinshasa-Gombe court", "ORG", "COD", []),
        entity("Kinshasa Court of Appeal", "ORG", "COD", ["ein Berufungsgericht"]),
        entity("Ensemble pour la République", "ORG", "COD", ["Die Oppositionspartei Ensemble pour la République"]),
        entity("Moïse Katumbi", "PER", "COD", ["Moïse Katumbi"]),
    ],
}

# ---------------------------------------------------------------- hm376-de-04 (Somalia, al-Shabaab takes Adan Yabaal)
SHABAAB = actor("al-Shabaab", "SOM", "REB")
SNA = actor("Somali National Army", "SOM", "MIL")
NUR = actor("Abdulkadir Mohamed Nur", "SOM", "GOV")
YOUSSOUF = actor("Mahmoud Ali Youssouf", "IGO", "IGO")
UNSC = actor("United Nations Security Council", "UNO", "IGO")
SOM_OPP = actor("Somali opposition politicians", "SOM", "OPP")
SOM_GOV = actor("Government of Somalia", "SOM", "GOV")

D1 = ("Mogadischu (dpa) - Die islamistische Terrormiliz Al-Shabaab hat in Somalia die strategisch wichtige Stadt "
      "Adan Yabaal erobert.")
D2 = ("Kämpfer der Miliz rückten am Mittwoch nach Gefechten mit Regierungstruppen am Stadtrand in den Ort in der "
      "Region Mittlerer Shabelle ein, wie Bewohner berichteten.")
D3 = ("Die meisten Soldaten hätten sich danach in Richtung der Regionalhauptstadt Jowhar zurückgezogen, sagte ein "
      "Clanältester der Deutschen Presse-Agentur am Telefon.")
D4 = ("Die Armee hatte Adan Yabaal im Dezember 2022 von Al-Shabaab zurückerobert, seither galt die Stadt als "
      "wichtiger Stützpunkt der Regierungsoffensive gegen die Islamisten.")
D5 = ("Al-Shabaab erklärte über den ihr nahestehenden Sender Radio Andalus, ihre Kämpfer hätten mehrere "
      "Militärposten überrannt und Dutzende Soldaten getötet.")
D6 = "Diese Angaben ließen sich nicht unabhängig überprüfen."
D7 = "Das Verteidigungsministerium in Mogadischu sprach von einer „taktischen Verlegung“ der Truppen."
D8 = ("Die Armee habe gemeinsam mit internationalen Partnern Luftangriffe auf Stellungen der Miliz rund um die Stadt "
      "geflogen und mehr als 30 Kämpfer getötet, hieß es in einer Mitteilung des Ministeriums.")
D9 = "Verteidigungsminister Abdulkadir Mohamed Nur kündigte an, die Stadt „in Kürze“ zurückzuerobern."
D10 = ("Bereits Ende März hatten die Islamisten die Ortschaft Moqokori in der benachbarten Region Hiiraan "
       "eingenommen.")
D11 = "Die Miliz hat seit Februar in Zentralsomalia deutlich an Boden gewonnen."
D12 = ("Der Vorsitzende der Kommission der Afrikanischen Union, Mahmoud Ali Youssouf, rief den UN-Sicherheitsrat auf, "
       "die Finanzierung der neuen AU-Mission AUSSOM rasch sicherzustellen.")
D13 = "Ohne zusätzliche Mittel drohe der Mission das Aus, warnte er."
D14 = ("Oppositionspolitiker in Mogadischu warfen der Regierung von Präsident Hassan Sheikh Mohamud vor, sich mehr um "
       "ihre umstrittene Wahlrechtsreform als um den Kampf gegen die Islamisten zu kümmern.")
D15 = ("Nach Angaben der Vereinten Nationen sind in der Region seit Jahresbeginn Zehntausende Menschen vor den Kämpfen "
       "geflohen.")

DE04 = {
    "id": "hm376-de-04", "lang": "de", "url": None, "published": "2025-04-17",
    "title": "Al-Shabaab erobert Stadt Adan Yabaal in Somalia",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6], [D7, D8, D9], [D10, D11], [D12, D13, D14, D15]),
    "events": [
        event("ASSAULT", SHABAAB, SNA, D1, location="Adan Yabaal", location_country="SOM"),
        event("ASSAULT", SHABAAB, SNA, D2, date="2025-04-16", location="Adan Yabaal", location_country="SOM"),
        event("ASSAULT", SNA, SHABAAB, D2, date="2025-04-16", location="Adan Yabaal", location_country="SOM"),
        event("RETREAT", SNA, None, D3, mode="withdraw", location="Adan Yabaal", location_country="SOM"),
        event("ASSAULT", SNA, SHABAAB, D4, location="Adan Yabaal", location_country="SOM"),
        event("ASSAULT", SHABAAB, SNA, D5, location="Adan Yabaal", location_country="SOM"),
        event("RETREAT", SNA, None, D7, mode="withdraw"),
        event("ASSAULT", SNA, SHABAAB, D8, mode="aerial", location="Adan Yabaal", location_country="SOM"),
        event("THREATEN", NUR, SHABAAB, D9, mode="territory"),
        event("ASSAULT", SHABAAB, SNA, D10, location="Moqokori", location_country="SOM"),
        event("REQUEST", YOUSSOUF, UNSC, D12, mode="assist"),
        event("ACCUSE", SOM_OPP, SOM_GOV, D14, mode="disapprove", location="Mogadishu", location_country="SOM"),
    ],
    "quotes": [
        quote("Kämpfer der Miliz rückten am Mittwoch nach Gefechten mit Regierungstruppen am Stadtrand in den Ort in "
              "der Region Mittlerer Shabelle ein", "residents of Adan Yabaal", "indirect"),
        quote("Die meisten Soldaten hätten sich danach in Richtung der Regionalhauptstadt Jowhar zurückgezogen",
              "clan elder in Adan Yabaal", "indirect"),
        quote("ihre Kämpfer hätten mehrere Militärposten überrannt und Dutzende Soldaten getötet", "al-Shabaab",
              "indirect"),
        quote("taktischen Verlegung", "Ministry of Defence of Somalia", "direct"),
        quote("Die Armee habe gemeinsam mit internationalen Partnern Luftangriffe auf Stellungen der Miliz rund um die "
              "Stadt geflogen und mehr als 30 Kämpfer getötet", "Ministry of Defence of Somalia", "indirect"),
        quote("in Kürze", "Abdulkadir Mohamed Nur", "direct"),
        quote("die Stadt „in Kürze“ zurückzuerobern", "Abdulkadir Mohamed Nur", "indirect"),
        quote("Ohne zusätzliche Mittel drohe der Mission das Aus", "Mahmoud Ali Youssouf", "indirect"),
        quote("sich mehr um ihre umstrittene Wahlrechtsreform als um den Kampf gegen die Islamisten zu kümmern",
              "Somali opposition politicians", "indirect"),
        quote("Nach Angaben der Vereinten Nationen sind in der Region seit Jahresbeginn Zehntausende Menschen vor den "
              "Kämpfen geflohen", "United Nations", "indirect"),
    ],
    "entities": [
        entity("Mogadishu", "LOC", "SOM", ["Mogadischu"]),
        entity("al-Shabaab", "ORG", "SOM", ["Die islamistische Terrormiliz Al-Shabaab", "Kämpfer der Miliz",
                                            "Al-Shabaab", "der Miliz", "die Islamisten", "ihre Kämpfer",
                                            "Die Miliz"]),
        entity("Somalia", "LOC", "SOM", ["Somalia"]),
        entity("Adan Yabaal", "LOC", "SOM", ["die strategisch wichtige Stadt Adan Yabaal", "den Ort", "Adan Yabaal",
                                             "die Stadt"]),
        entity("Somali National Army", "ORG", "SOM", ["Regierungstruppen", "Die meisten Soldaten", "Die Armee",
                                                      "Dutzende Soldaten", "der Truppen"]),
        entity("Middle Shabelle", "LOC", "SOM", ["der Region Mittlerer Shabelle"]),
        entity("residents of Adan Yabaal", "PER", "SOM", ["Bewohner"]),
        entity("Jowhar", "LOC", "SOM", ["der Regionalhauptstadt Jowhar"]),
        entity("clan elder in Adan Yabaal", "PER", "SOM", ["ein Clanältester"]),
        entity("Deutsche Presse-Agentur", "ORG", "DEU", ["der Deutschen Presse-Agentur"]),
        entity("Radio Andalus", "ORG", "SOM", ["den ihr nahestehenden Sender Radio Andalus"]),
        entity("Ministry of Defence of Somalia", "ORG", "SOM", ["Das Verteidigungsministerium in Mogadischu",
                                                               "des Ministeriums"]),
        entity("international partners of Somalia", "ORG", None, ["internationalen Partnern"]),
        entity("Abdulkadir Mohamed Nur", "PER", "SOM", ["Verteidigungsminister Abdulkadir Mohamed Nur"]),
        entity("Moqokori", "LOC", "SOM", ["die Ortschaft Moqokori"]),
        entity("Hiiraan", "LOC", "SOM", ["der benachbarten Region Hiiraan"]),
        entity("Central Somalia", "LOC", "SOM", ["Zentralsomalia"]),
        entity("Mahmoud Ali Youssouf", "PER", "DJI", ["Der Vorsitzende der Kommission der Afrikanischen Union, "
                                                      "Mahmoud Ali Youssouf"]),
        entity("African Union Commission", "ORG", None, ["der Kommission der Afrikanischen Union"]),
        entity("United Nations Security Council", "ORG", None, ["den UN-Sicherheitsrat"]),
        entity("African Union Support and Stabilization Mission in Somalia", "ORG", None,
               ["der neuen AU-Mission AUSSOM", "der Mission"]),
        entity("Somali opposition politicians", "PER", "SOM", ["Oppositionspolitiker in Mogadischu"]),
        entity("Government of Somalia", "ORG", "SOM", ["der Regierung von Präsident Hassan Sheikh Mohamud"]),
        entity("Hassan Sheikh Mohamud", "PER", "SOM", ["Präsident Hassan Sheikh Mohamud"]),
        entity("United Nations", "ORG", None, ["der Vereinten Nationen"]),
    ],
}

# ---------------------------------------------------------------- hm376-en-01 (Zambia, Constitutional Court judges suspended)
HICHILEMA = actor("Hakainde Hichilema", "ZMB", "GOV")
ZMB_JUDGES = actor("three suspended Constitutional Court judges of Zambia", "ZMB", "JUD")
MULENGA = actor("Mungeni Mulenga", "ZMB", "JUD")
MULONDA = actor("Palan Mulonda", "ZMB", "JUD")
SITALI = actor("Annie Sitali", "ZMB", "JUD")
ZMB_OPP = actor("Zambian opposition", "ZMB", "OPP")
JCC = actor("Judicial Complaints Commission", "ZMB", "JUD")
COMPLAINANT_LAWYERS = actor("three lawyers who complained about the Constitutional Court judges", "ZMB", "CVL")
ZMB_CONCOURT = actor("Constitutional Court of Zambia", "ZMB", "JUD")
LUNGU = actor("Edgar Lungu", "ZMB", "OPP")
LAZ = actor("Law Association of Zambia", "ZMB", "CVL")
TONSE = actor("Tonse Alliance", "ZMB", "OPP")
ZMB_POLICE = actor("Zambia Police Service", "ZMB", "COP")

E1 = ("LUSAKA, Oct 29 (Reuters) - Zambian President Hakainde Hichilema has suspended three Constitutional Court "
      "judges pending an investigation into alleged misconduct, his office said on Tuesday, a move opposition "
      "politicians denounced as an attack on the independence of the judiciary.")
E2 = ("Justices Mungeni Mulenga, Palan Mulonda and Annie Sitali were suspended with immediate effect, presidential "
      "spokesperson Clayson Hamasaka said in a statement.")
E3 = ("Hichilema acted on a recommendation by the Judicial Complaints Commission, which is examining complaints filed "
      "by three lawyers over the judges' handling of a petition challenging the result of the 2016 presidential "
      "election.")
E4 = ("That petition, filed by Hichilema himself after he narrowly lost to then-President Edgar Lungu, was thrown out "
      "by the court without a hearing on its merits after a 14-day deadline expired.")
E5 = ("Lungu, who has announced a return to politics, is waiting for the same court to decide whether he is eligible "
      "to stand against Hichilema in the 2026 election.")
E6 = ('"This is a clear attempt to capture the Constitutional Court before it rules on my eligibility," Lungu told '
      'reporters at his home in Lusaka.')
E7 = ("The Law Association of Zambia said the suspensions set a dangerous precedent and urged the president to let "
      "the judges respond to the allegations before any further action was taken.")
E8 = ("Hamasaka rejected accusations of political interference, saying the president had simply followed the "
      "procedure set out in the constitution.")
E9 = '"The president does not choose which complaints the commission receives," he said.'
E10 = ("Hichilema also appointed a tribunal headed by a retired judge to investigate the complaints, according to the "
       "statement.")
E11 = ("The opposition Tonse Alliance, which backs Lungu, called on its supporters to gather outside the "
       "Constitutional Court on Wednesday, but police banned the gathering, citing security concerns.")
E12 = ("Hichilema came to power in 2021 promising to restore the rule of law after years of what critics called a "
       "crackdown on dissent under Lungu.")
E13 = ("Rights groups have since accused his government of using public-order laws against opponents, a charge it "
       "denies.")
E14 = "The three judges could not immediately be reached for comment."

EN01 = {
    "id": "hm376-en-01", "lang": "en", "url": None, "published": "2024-10-29",
    "title": "Zambia's Hichilema suspends three Constitutional Court judges",
    "text": paragraphs([E1], [E2, E3, E4], [E5, E6], [E7, E8, E9, E10], [E11], [E12, E13, E14]),
    "events": [
        event("COERCE", HICHILEMA, ZMB_JUDGES, E1, mode="restrict", location_country="ZMB"),
        event("ACCUSE", ZMB_OPP, HICHILEMA, E1, mode="disapprove"),
        event("COERCE", HICHILEMA, MULENGA, E2, mode="restrict"),
        event("COERCE", HICHILEMA, MULONDA, E2, mode="restrict"),
        event("COERCE", HICHILEMA, SITALI, E2, mode="restrict"),
        event("ACCUSE", JCC, ZMB_JUDGES, E3, mode="investigate"),
        event("ACCUSE", COMPLAINANT_LAWYERS, ZMB_JUDGES, E3, mode="allege"),
        event("REJECT", ZMB_CONCOURT, HICHILEMA, E4),
        event("ACCUSE", LUNGU, HICHILEMA, E6, mode="disapprove", location="Lusaka", location_country="ZMB"),
        event("ACCUSE", LAZ, HICHILEMA, E7, mode="disapprove"),
        event("REQUEST", LAZ, HICHILEMA, E7, mode="change"),
        event("ACCUSE", HICHILEMA, ZMB_JUDGES, E10, mode="investigate"),
        event("PROTEST", TONSE, HICHILEMA, E11, mode="demo", location="Lusaka", location_country="ZMB"),
        event("COERCE", ZMB_POLICE, TONSE, E11, mode="ban", location="Lusaka", location_country="ZMB"),
    ],
    "quotes": [
        quote("Zambian President Hakainde Hichilema has suspended three Constitutional Court judges pending an "
              "investigation into alleged misconduct", "Office of the President of Zambia", "indirect"),
        quote("Justices Mungeni Mulenga, Palan Mulonda and Annie Sitali were suspended with immediate effect",
              "Clayson Hamasaka", "indirect"),
        quote("This is a clear attempt to capture the Constitutional Court before it rules on my eligibility",
              "Edgar Lungu", "direct"),
        quote("the suspensions set a dangerous precedent", "Law Association of Zambia", "indirect"),
        quote("the president had simply followed the procedure set out in the constitution", "Clayson Hamasaka",
              "indirect"),
        quote("The president does not choose which complaints the commission receives", "Clayson Hamasaka",
              "direct"),
        quote("Hichilema also appointed a tribunal headed by a retired judge to investigate the complaints",
              "Clayson Hamasaka", "indirect"),
    ],
    "entities": [
        entity("Lusaka", "LOC", "ZMB", ["LUSAKA", "Lusaka"]),
        entity("Hakainde Hichilema", "PER", "ZMB", ["Zambian President Hakainde Hichilema", "Hichilema",
                                                    "the president"]),
        entity("three suspended Constitutional Court judges of Zambia", "PER", "ZMB",
               ["three Constitutional Court judges", "the judges", "The three judges"]),
        entity("Office of the President of Zambia", "ORG", "ZMB", ["his office"]),
        entity("Zambian opposition", "PER", "ZMB", ["opposition politicians"]),
        entity("Mungeni Mulenga", "PER", "ZMB", ["Mungeni Mulenga"]),
        entity("Palan Mulonda", "PER", "ZMB", ["Palan Mulonda"]),
        entity("Annie Sitali", "PER", "ZMB", ["Annie Sitali"]),
        entity("Clayson Hamasaka", "PER", "ZMB", ["presidential spokesperson Clayson Hamasaka", "Hamasaka", "he"]),
        entity("Judicial Complaints Commission", "ORG", "ZMB", ["the Judicial Complaints Commission",
                                                               "the commission"]),
        entity("three lawyers who complained about the Constitutional Court judges", "PER", "ZMB",
               ["three lawyers"]),
        entity("Edgar Lungu", "PER", "ZMB", ["then-President Edgar Lungu", "Lungu", "my"]),
        entity("Constitutional Court of Zambia", "ORG", "ZMB", ["the court", "the same court",
                                                               "the Constitutional Court"]),
        entity("Law Association of Zambia", "ORG", "ZMB", ["The Law Association of Zambia"]),
        entity("tribunal investigating the suspended judges", "ORG", "ZMB", ["a tribunal headed by a retired judge"]),
        entity("Tonse Alliance", "ORG", "ZMB", ["The opposition Tonse Alliance"]),
        entity("supporters of the Tonse Alliance", "PER", "ZMB", ["its supporters"]),
        entity("Zambia Police Service", "ORG", "ZMB", ["police"]),
        entity("Government of Zambia", "ORG", "ZMB", ["his government"]),
        entity("Rights groups", "ORG", "ZMB", ["Rights groups"]),
    ],
}

# ---------------------------------------------------------------- hm376-en-02 (Senegal, National Assembly dissolved)
FAYE = actor("Bassirou Diomaye Faye", "SEN", "GOV")
SEN_ASSEMBLY = actor("National Assembly of Senegal", "SEN", "LEG")
BBY = actor("Benno Bokk Yakaar", "SEN", "OPP")
SEN_GOV = actor("Government of Senegal", "SEN", "GOV")
SONKO = actor("Ousmane Sonko", "SEN", "GOV")
MBOW = actor("Abdou Mbow", "SEN", "OPP")
SEN_VOTERS = actor("Senegalese voters", "SEN", "CVL")
AMADOU_BA = actor("Amadou Ba", "SEN", "OPP")
AAR_SUNU = actor("Aar Sunu Election", "SEN", "NGO")
SALL = actor("Macky Sall", "SEN", "GOV")

F1 = ("DAKAR, Senegal (AP) — Senegal's President Bassirou Diomaye Faye dissolved the opposition-controlled National "
      "Assembly late Thursday and called early legislative elections for Nov. 17, deepening a months-long standoff "
      "with lawmakers loyal to his predecessor, Macky Sall.")
F2 = ('In a televised address to the nation, Faye said the assembly had refused to cooperate with his government and '
      'had "chosen obstruction over the interests of the people" since he took office in April.')
F3 = '"I have decided to return the floor to the sovereign people," he said.'
F4 = ("The move came a day before Prime Minister Ousmane Sonko was due to deliver his general policy statement to "
      "lawmakers, a speech he had put off for months in a dispute over parliament's rules of procedure.")
F5 = ("Deputies of the Benno Bokk Yakaar coalition, which with its allies controls the 165-seat chamber, had filed a "
      "motion of censure against Sonko's government on Monday, accusing the prime minister of treating parliament "
      "with contempt.")
F6 = ("Lawmakers had also voted down a bill by Faye to abolish two advisory bodies, the High Council of Local "
      "Authorities and the Economic, Social and Environmental Council, a key part of his cost-cutting plans.")
F7 = ('Abdou Mbow, who heads the Benno Bokk Yakaar group in parliament, accused Faye of violating the constitution and '
      'said the coalition would fight the decision "by all legal means" before the Constitutional Council.')
F8 = '"The president is running away from a vote he knew he would lose," Mbow told reporters in Dakar.'
F9 = ('Sonko welcomed the dissolution and called on Senegalese to give the ruling Pastef party a "clear majority" so '
      'that it could carry out its reforms.')
F10 = ("Faye, a former tax inspector, won the March presidential election in the first round with about 54% of the "
       "vote on promises to fight corruption and review oil and gas contracts.")
F11 = ("Former Prime Minister Amadou Ba, who came second in that vote, said the dissolution was within the "
       "president's rights but urged him to guarantee a free and transparent election.")
F12 = ("The electoral commission, CENA, said it was ready to organize the vote within the deadline set by the "
       "constitution.")
F13 = ("The civil society platform Aar Sunu Election, which led protests against Sall's attempt to postpone the "
       "presidential vote in February, called on all parties to keep the campaign peaceful.")
F14 = "More than 60 people were killed in political unrest between 2021 and 2024, according to rights groups."

EN02 = {
    "id": "hm376-en-02", "lang": "en", "url": None, "published": "2024-09-13",
    "title": "Senegal's president dissolves opposition-controlled parliament, calls early elections",
    "text": paragraphs([F1], [F2, F3], [F4, F5, F6], [F7, F8], [F9, F10], [F11, F12], [F13, F14]),
    "events": [
        event("COERCE", FAYE, SEN_ASSEMBLY, F1, mode="restrict", date="2024-09-12", location_country="SEN"),
        event("ACCUSE", FAYE, SEN_ASSEMBLY, F2, mode="disapprove"),
        event("ACCUSE", BBY, SEN_GOV, F5, mode="disapprove", date="2024-09-09"),
        event("ACCUSE", BBY, SONKO, F5, mode="allege", date="2024-09-09"),
        event("REJECT", SEN_ASSEMBLY, FAYE, F6, mode="change"),
        event("ACCUSE", MBOW, FAYE, F7, mode="allege"),
        event("THREATEN", MBOW, FAYE, F7),
        event("ACCUSE", MBOW, FAYE, F8, mode="disapprove", location="Dakar", location_country="SEN"),
        event("SUPPORT", SONKO, FAYE, F9),
        event("REQUEST", SONKO, SEN_VOTERS, F9),
        event("REQUEST", AMADOU_BA, FAYE, F11, mode="change"),
        event("PROTEST", AAR_SUNU, SALL, F13, mode="demo"),
        event("REQUEST", AAR_SUNU, None, F13),
    ],
    "quotes": [
        quote("chosen obstruction over the interests of the people", "Bassirou Diomaye Faye", "direct"),
        quote('the assembly had refused to cooperate with his government and had "chosen obstruction over the '
              'interests of the people" since he took office in April', "Bassirou Diomaye Faye", "indirect"),
        quote("I have decided to return the floor to the sovereign people", "Bassirou Diomaye Faye", "direct"),
        quote("by all legal means", "Abdou Mbow", "direct"),
        quote('the coalition would fight the decision "by all legal means" before the Constitutional Council',
              "Abdou Mbow", "indirect"),
        quote("The president is running away from a vote he knew he would lose", "Abdou Mbow", "direct"),
        quote("clear majority", "Ousmane Sonko", "direct"),
        quote("the dissolution was within the president's rights", "Amadou Ba", "indirect"),
        quote("it was ready to organize the vote within the deadline set by the constitution",
              "Autonomous National Electoral Commission", "indirect"),
        quote("More than 60 people were killed in political unrest between 2021 and 2024", "rights groups",
              "indirect"),
    ],
    "entities": [
        entity("Dakar", "LOC", "SEN", ["DAKAR", "Dakar"]),
        entity("Senegal", "LOC", "SEN", ["Senegal"]),
        entity("Bassirou Diomaye Faye", "PER", "SEN", ["Senegal's President Bassirou Diomaye Faye", "Faye",
                                                       "The president", "the president's", "him"]),
        entity("National Assembly of Senegal", "ORG", "SEN", ["the opposition-controlled National Assembly",
                                                              "the assembly", "lawmakers", "Lawmakers",
                                                              "the 165-seat chamber", "parliament"]),
        entity("Macky Sall", "PER", "SEN", ["his predecessor, Macky Sall", "Sall's"]),
        entity("Government of Senegal", "ORG", "SEN", ["his government", "Sonko's government"]),
        entity("Ousmane Sonko", "PER", "SEN", ["Prime Minister Ousmane Sonko", "Sonko", "the prime minister"]),
        entity("Benno Bokk Yakaar", "ORG", "SEN", ["the Benno Bokk Yakaar coalition", "the Benno Bokk Yakaar group",
                                                   "the coalition"]),
        entity("High Council of Local Authorities", "ORG", "SEN", ["the High Council of Local Authorities"]),
        entity("Economic, Social and Environmental Council", "ORG", "SEN",
               ["the Economic, Social and Environmental Council"]),
        entity("Abdou Mbow", "PER", "SEN", ["Abdou Mbow", "Mbow"]),
        entity("Constitutional Council of Senegal", "ORG", "SEN", ["the Constitutional Council"]),
        entity("Senegalese voters", "PER", "SEN", ["Senegalese"]),
        entity("Pastef", "ORG", "SEN", ["the ruling Pastef party"]),
        entity("Amadou Ba", "PER", "SEN", ["Former Prime Minister Amadou Ba"]),
        entity("Autonomous National Electoral Commission", "ORG", "SEN", ["The electoral commission, CENA"]),
        entity("Aar Sunu Election", "ORG", "SEN", ["The civil society platform Aar Sunu Election"]),
        entity("rights groups", "ORG", None, ["rights groups"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
