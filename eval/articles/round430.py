"""Round 430: six invented wire-style articles (4 German, 2 English), written blind.

Stories:
- hm430-de-01: DR Congo/Apple: Kinshasa files criminal complaints against Apple subsidiaries in Paris and Brussels over conflict minerals smuggled via Rwanda; lawyers Bourdon and Marchand, the April letter, Apple denies, Makolo calls it a political manoeuvre, Muyaya urges other tech firms, UN experts' accusation against Kigali recalled (2024-12-17).
- hm430-de-02: Rwanda/ECCAS: Rwanda leaves the Economic Community of Central African States after the Malabo summit refuses it the rotating chair; Kigali accuses the DRC of instrumentalising the bloc, Kayikwamba Wagner welcomes the decision and accuses Rwanda, the summit demands a Rwandan troop withdrawal, Ndayishimiye accuses Kigali, the April Washington declaration of principles recalled (2025-06-08).
- hm430-de-03: Madagascar: the Senate approves chemical and surgical castration for child rapists; Justice Minister Randriamanantenasoa defends the law and accuses Amnesty, Amnesty condemns it and urges Rajoelina not to sign, the EU delegation's appeal, opposition MPs' boycott, mothers rally outside the Senate (2024-02-08).
- hm430-de-04: Central African Republic: the electoral authority announces a 95 percent yes vote for the constitution allowing Touadéra a third term; the BRDC rejects the result, alleges invented figures and speaks of a constitutional coup, Darlan's forced retirement, arrests of boycott supporters not yet released, Washington's doubts and Balalou's reply (2023-08-08).
- hm430-en-01: Finland/Nigeria: a Finnish court orders Biafran separatist Simon Ekpa held on suspicion of inciting terrorist crimes after his arrest in Lahti; the NBI's accusations, his lawyer's denial, Abuja welcomes the arrest, Tuggar thanks Finland, Buba accuses Ekpa, IPOB distances itself (2024-11-22).
- hm430-en-02: Somalia: the government orders TikTok, Telegram and 1XBet blocked, accusing al-Shabaab of spreading propaganda; Jama Hassan Khalif's deadline and threat, the SJS and Abdalle Mumin object and urge a reversal, Mumin's 2022 arrest recalled, religious scholars welcome the ban, a Kenyan TikTok petition (2023-08-21).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm430-de-01 (DR Congo vs Apple)
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
APPLE = actor("Apple", "MNC", "BUS")
COD_LAWYERS = actor("lawyers of the Government of the Democratic Republic of the Congo", "COD", "CVL")
BOURDON = actor("William Bourdon", "FRA", "CVL")
MARCHAND = actor("Christophe Marchand", "BEL", "CVL")
BEL_JUD = actor("Belgian judiciary", "BEL", "JUD")
MAKOLO = actor("Yolande Makolo", "RWA", "GOV")
MUYAYA = actor("Patrick Muyaya", "COD", "GOV")
TECH_FIRMS = actor("technology companies", "MNC", "BUS")
UN_EXPERTS = actor("UN Group of Experts on the Democratic Republic of the Congo", "UNO", "IGO")
RWA_GOV = actor("Government of Rwanda", "RWA", "GOV")

D1 = ("Kinshasa (AFP) - Die Demokratische Republik Kongo hat in Frankreich und Belgien Strafanzeige gegen "
      "Tochterfirmen des US-Technologiekonzerns Apple erstattet.")
D2 = ("Die Anzeigen seien am Montag bei der Staatsanwaltschaft in Paris und bei einem Ermittlungsrichter in Brüssel "
      "eingereicht worden, teilten die Anwälte der kongolesischen Regierung mit.")
D3 = ("Kinshasa wirft dem Konzern vor, Mineralien aus Konfliktgebieten im Osten des Landes zu verwenden, die über "
      "Ruanda geschmuggelt und dort „gewaschen“ würden.")
D4 = ("Apple mache sich damit mitschuldig an Verbrechen wie Plünderung, Geldwäsche und Hehlerei, heißt es in den "
      "Anzeigen.")
D5 = ("„Apple verkauft Technologie, die mit dem Blut der kongolesischen Bevölkerung befleckt ist“, sagte der Pariser "
      "Anwalt William Bourdon, der die Regierung in Kinshasa vertritt.")
D6 = ("Sein Brüsseler Kollege Christophe Marchand sagte, man erwarte von der belgischen Justiz zügige "
      "Ermittlungen.")
D7 = ("Bereits im April hatten die Anwälte Apple in einem Schreiben aufgefordert, die Herkunft seiner Rohstoffe "
      "offenzulegen.")
D8 = "Apple wies die Vorwürfe entschieden zurück."
D9 = ("Der Konzern setze sich seit Jahren für verantwortungsvolle Lieferketten ein, erklärte eine Sprecherin in "
      "Paris.")
D10 = ("Unabhängige Prüfungen hätten keine Hinweise darauf ergeben, dass Schmelzhütten in der Lieferkette bewaffnete "
       "Gruppen finanzierten, fügte sie hinzu.")
D11 = ("Die ruandische Regierungssprecherin Yolande Makolo nannte die Anzeigen ein „politisches Manöver“ "
       "Kinshasas.")
D12 = ("Kommunikationsminister Patrick Muyaya forderte am Dienstag auch andere Technologiekonzerne auf, die Herkunft "
       "ihrer Mineralien offenzulegen.")
D13 = ("Der Osten des Kongo ist reich an Coltan, Zinn und Gold, die für Smartphones und Computer benötigt "
       "werden.")
D14 = "Seit Jahrzehnten kämpfen dort Dutzende bewaffnete Gruppen um Einfluss und Schürfgebiete."
D15 = ("UN-Experten hatten Ruanda in einem Bericht im Juli vorgeworfen, die Miliz M23 mit Tausenden Soldaten zu "
       "unterstützen und Coltan aus den von ihr kontrollierten Gebieten auszuführen.")
D16 = "Kigali bestreitet dies."
D17 = "Ob die Justiz in Paris und Brüssel Ermittlungen aufnimmt, ist noch offen."

DE01 = {
    "id": "hm430-de-01", "lang": "de", "url": None, "published": "2024-12-17",
    "title": "Kongo zeigt Apple wegen Konfliktmineralien an",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7], [D8, D9, D10, D11], [D12, D13, D14], [D15, D16, D17]),
    "events": [
        event("ACCUSE", COD_GOV, APPLE, D1, mode="allege"),
        event("ACCUSE", COD_LAWYERS, APPLE, D2, mode="allege", date="2024-12-16"),
        event("ACCUSE", COD_GOV, APPLE, D3, mode="allege"),
        event("ACCUSE", COD_GOV, APPLE, D4, mode="allege"),
        event("ACCUSE", BOURDON, APPLE, D5, mode="allege"),
        event("REQUEST", MARCHAND, BEL_JUD, D6),
        event("REQUEST", COD_LAWYERS, APPLE, D7),
        event("ACCUSE", MAKOLO, COD_GOV, D11, mode="disapprove"),
        event("REQUEST", MUYAYA, TECH_FIRMS, D12, mode="change", date="2024-12-17"),
        event("ACCUSE", UN_EXPERTS, RWA_GOV, D15, mode="allege"),
    ],
    "quotes": [
        quote("Die Anzeigen seien am Montag bei der Staatsanwaltschaft in Paris und bei einem Ermittlungsrichter in "
              "Brüssel eingereicht worden",
              "lawyers of the Government of the Democratic Republic of the Congo", "indirect"),
        quote("gewaschen", "Government of the Democratic Republic of the Congo", "direct"),
        quote("Mineralien aus Konfliktgebieten im Osten des Landes zu verwenden, die über Ruanda geschmuggelt und dort "
              "„gewaschen“ würden", "Government of the Democratic Republic of the Congo", "indirect"),
        quote("Apple mache sich damit mitschuldig an Verbrechen wie Plünderung, Geldwäsche und Hehlerei",
              "Government of the Democratic Republic of the Congo", "indirect"),
        quote("Apple verkauft Technologie, die mit dem Blut der kongolesischen Bevölkerung befleckt ist",
              "William Bourdon", "direct"),
        quote("man erwarte von der belgischen Justiz zügige Ermittlungen", "Christophe Marchand", "indirect"),
        quote("Der Konzern setze sich seit Jahren für verantwortungsvolle Lieferketten ein", "spokeswoman for Apple",
              "indirect"),
        quote("Unabhängige Prüfungen hätten keine Hinweise darauf ergeben, dass Schmelzhütten in der Lieferkette "
              "bewaffnete Gruppen finanzierten", "spokeswoman for Apple", "indirect"),
        quote("politisches Manöver", "Yolande Makolo", "direct"),
        quote("die Miliz M23 mit Tausenden Soldaten zu unterstützen und Coltan aus den von ihr kontrollierten Gebieten "
              "auszuführen", "UN Group of Experts on the Democratic Republic of the Congo", "indirect"),
    ],
    "entities": [
        entity("Kinshasa", "LOC", "COD", ["Kinshasa"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD",
               ["Die Demokratische Republik Kongo", "der kongolesischen Regierung", "Kinshasa",
                "die Regierung in Kinshasa", "Kinshasas"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["des Landes", "Der Osten des Kongo"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
        entity("Belgium", "LOC", "BEL", ["Belgien"]),
        entity("Apple", "ORG", "MNC", ["Tochterfirmen des US-Technologiekonzerns Apple", "dem Konzern", "Apple",
                                       "Der Konzern"]),
        entity("Paris Public Prosecutor's Office", "ORG", "FRA", ["der Staatsanwaltschaft in Paris"]),
        entity("investigating judge in Brussels", "PER", "BEL", ["einem Ermittlungsrichter in Brüssel"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("lawyers of the Government of the Democratic Republic of the Congo", "PER", "COD",
               ["die Anwälte der kongolesischen Regierung", "die Anwälte"]),
        entity("Rwanda", "LOC", "RWA", ["Ruanda"]),
        entity("William Bourdon", "PER", "FRA", ["der Pariser Anwalt William Bourdon"]),
        entity("Christophe Marchand", "PER", "BEL", ["Sein Brüsseler Kollege Christophe Marchand"]),
        entity("Belgian judiciary", "ORG", "BEL", ["der belgischen Justiz"]),
        entity("spokeswoman for Apple", "PER", "MNC", ["eine Sprecherin in Paris", "sie"]),
        entity("Yolande Makolo", "PER", "RWA", ["Die ruandische Regierungssprecherin Yolande Makolo"]),
        entity("Patrick Muyaya", "PER", "COD", ["Kommunikationsminister Patrick Muyaya"]),
        entity("technology companies", "ORG", "MNC", ["andere Technologiekonzerne"]),
        entity("UN Group of Experts on the Democratic Republic of the Congo", "ORG", "UNO", ["UN-Experten"]),
        entity("Government of Rwanda", "ORG", "RWA", ["Ruanda", "Kigali"]),
        entity("M23", "ORG", "COD", ["die Miliz M23", "ihr"]),
        entity("French and Belgian judiciary", "ORG", "FRA", ["die Justiz in Paris und Brüssel"]),
    ],
}

# ---------------------------------------------------------------- hm430-de-02 (Rwanda leaves ECCAS)
RWA_GOV2 = actor("Government of Rwanda", "RWA", "GOV")
ECCAS = actor("Economic Community of Central African States", "IGO", "IGO")
RWA_MFA = actor("Ministry of Foreign Affairs of Rwanda", "RWA", "GOV")
COD_GOV2 = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
KAYIKWAMBA = actor("Thérèse Kayikwamba Wagner", "COD", "GOV")
RDF = actor("Rwanda Defence Force", "RWA", "MIL")
NDAYISHIMIYE = actor("Évariste Ndayishimiye", "BDI", "GOV")
NDUHUNGIREHE = actor("Olivier Nduhungirehe", "RWA", "GOV")
UNO_BODY = actor("United Nations", "UNO", "IGO")

R1 = "Kigali (dpa) - Ruanda tritt aus der Wirtschaftsgemeinschaft zentralafrikanischer Staaten (ECCAS) aus."
R2 = ("Das Außenministerium in Kigali begründete den Schritt am Samstagabend damit, dass dem Land beim Gipfeltreffen "
      "der Staatengemeinschaft in Malabo der turnusgemäß zustehende Vorsitz verweigert worden sei.")
R3 = ("Die Staats- und Regierungschefs hatten es dort abgelehnt, den Vorsitz wie vorgesehen an Ruanda zu übergeben, "
      "und das Mandat Äquatorialguineas um ein Jahr verlängert.")
R4 = ("Die Demokratische Republik Kongo habe die Organisation mit Unterstützung einiger Mitgliedstaaten für ihre "
      "Zwecke „instrumentalisiert“, hieß es in der Erklärung.")
R5 = ("Ruanda sehe keinen Grund mehr, in einer Organisation zu bleiben, deren Funktionsweise ihren "
      "Gründungsprinzipien widerspreche.")
R6 = "Die kongolesische Außenministerin Thérèse Kayikwamba Wagner begrüßte die Entscheidung des Gipfels."
R7 = "„Ein Land, das unser Territorium besetzt, kann diese Gemeinschaft nicht führen“, sagte sie in Malabo."
R8 = ("In ihrer Abschlusserklärung forderten die Gipfelteilnehmer zudem den Abzug der ruandischen Truppen aus dem "
      "Osten des Kongo.")
R9 = "Die 1983 gegründete ECCAS hat elf Mitgliedstaaten, darunter Angola, Burundi und den Tschad."
R10 = ("Burundis Präsident Évariste Ndayishimiye, der an dem Gipfel teilnahm, warf Kigali vor, die Region seit Jahren "
       "zu destabilisieren.")
R11 = "Ruandas Außenminister Olivier Nduhungirehe wies dies zurück."
R12 = "Im Osten des Kongo kämpft die Miliz M23 seit 2021 gegen die Armee."
R13 = "Kinshasa und die Vereinten Nationen werfen Ruanda vor, die Rebellen mit Tausenden Soldaten zu unterstützen."
R14 = "Kigali bestreitet das und verweist auf die Bedrohung durch die Hutu-Miliz FDLR."
R15 = ("Ende April hatten sich Nduhungirehe und Kayikwamba Wagner in Washington auf eine Grundsatzerklärung für "
       "einen Frieden geeinigt.")
R16 = "Ein endgültiges Abkommen soll nach US-Angaben noch im Juni unterzeichnet werden."

DE02 = {
    "id": "hm430-de-02", "lang": "de", "url": None, "published": "2025-06-08",
    "title": "Ruanda verlässt zentralafrikanische Staatengemeinschaft",
    "text": paragraphs([R1, R2, R3, R4, R5], [R6, R7, R8], [R9, R10, R11], [R12, R13, R14, R15, R16]),
    "events": [
        event("SANCTION", RWA_GOV2, ECCAS, R1, mode="withdraw"),
        event("ACCUSE", RWA_MFA, ECCAS, R2, mode="disapprove", date="2025-06-07"),
        event("REJECT", ECCAS, RWA_GOV2, R3, date="2025-06-07", location="Malabo", location_country="GNQ"),
        event("ACCUSE", RWA_MFA, COD_GOV2, R4, mode="allege"),
        event("SUPPORT", KAYIKWAMBA, ECCAS, R6),
        event("ACCUSE", KAYIKWAMBA, RWA_GOV2, R7, mode="allege", location="Malabo", location_country="GNQ"),
        event("REQUEST", ECCAS, RDF, R8, mode="yield"),
        event("ACCUSE", NDAYISHIMIYE, RWA_GOV2, R10, mode="allege"),
        event("ACCUSE", COD_GOV2, RWA_GOV2, R13, mode="allege"),
        event("ACCUSE", UNO_BODY, RWA_GOV2, R13, mode="allege"),
        event("AGREE", NDUHUNGIREHE, KAYIKWAMBA, R15, location="Washington", location_country="USA"),
    ],
    "quotes": [
        quote("dass dem Land beim Gipfeltreffen der Staatengemeinschaft in Malabo der turnusgemäß zustehende Vorsitz "
              "verweigert worden sei", "Ministry of Foreign Affairs of Rwanda", "indirect"),
        quote("instrumentalisiert", "Ministry of Foreign Affairs of Rwanda", "direct"),
        quote("Die Demokratische Republik Kongo habe die Organisation mit Unterstützung einiger Mitgliedstaaten für "
              "ihre Zwecke „instrumentalisiert“", "Ministry of Foreign Affairs of Rwanda", "indirect"),
        quote("Ruanda sehe keinen Grund mehr, in einer Organisation zu bleiben, deren Funktionsweise ihren "
              "Gründungsprinzipien widerspreche", "Ministry of Foreign Affairs of Rwanda", "indirect"),
        quote("Ein Land, das unser Territorium besetzt, kann diese Gemeinschaft nicht führen",
              "Thérèse Kayikwamba Wagner", "direct"),
        quote("die Region seit Jahren zu destabilisieren", "Évariste Ndayishimiye", "indirect"),
        quote("die Rebellen mit Tausenden Soldaten zu unterstützen", "Government of the Democratic Republic of the Congo",
              "indirect"),
        quote("die Rebellen mit Tausenden Soldaten zu unterstützen", "United Nations", "indirect"),
        quote("Ein endgültiges Abkommen soll nach US-Angaben noch im Juni unterzeichnet werden",
              "Government of the United States", "indirect"),
    ],
    "entities": [
        entity("Kigali", "LOC", "RWA", ["Kigali"]),
        entity("Government of Rwanda", "ORG", "RWA", ["Ruanda", "Kigali"]),
        entity("Rwanda", "LOC", "RWA", ["dem Land", "Ein Land"]),
        entity("Economic Community of Central African States", "ORG", "IGO",
               ["der Wirtschaftsgemeinschaft zentralafrikanischer Staaten (ECCAS)", "der Staatengemeinschaft",
                "die Organisation", "einer Organisation", "diese Gemeinschaft", "Die 1983 gegründete ECCAS"]),
        entity("Ministry of Foreign Affairs of Rwanda", "ORG", "RWA", ["Das Außenministerium in Kigali"]),
        entity("Malabo", "LOC", "GNQ", ["Malabo"]),
        entity("ECCAS heads of state and government", "ORG", "IGO",
               ["Die Staats- und Regierungschefs", "die Gipfelteilnehmer"]),
        entity("Equatorial Guinea", "LOC", "GNQ", ["Äquatorialguineas"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD",
               ["Die Demokratische Republik Kongo", "Kinshasa"]),
        entity("Thérèse Kayikwamba Wagner", "PER", "COD",
               ["Die kongolesische Außenministerin Thérèse Kayikwamba Wagner", "sie", "Kayikwamba Wagner"]),
        entity("Rwanda Defence Force", "ORG", "RWA", ["der ruandischen Truppen"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["Osten des Kongo"]),
        entity("Angola", "LOC", "AGO", ["Angola"]),
        entity("Burundi", "LOC", "BDI", ["Burundi"]),
        entity("Chad", "LOC", "TCD", ["den Tschad"]),
        entity("Évariste Ndayishimiye", "PER", "BDI", ["Burundis Präsident Évariste Ndayishimiye"]),
        entity("Olivier Nduhungirehe", "PER", "RWA", ["Ruandas Außenminister Olivier Nduhungirehe",
                                                      "Nduhungirehe"]),
        entity("M23", "ORG", "COD", ["die Miliz M23", "die Rebellen"]),
        entity("Armed Forces of the Democratic Republic of the Congo", "ORG", "COD", ["die Armee"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen"]),
        entity("Democratic Forces for the Liberation of Rwanda", "ORG", "RWA", ["die Hutu-Miliz FDLR"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
    ],
}

# ---------------------------------------------------------------- hm430-de-03 (Madagascar castration law)
MDG_JUSTICE = actor("Landy Mbolatiana Randriamanantenasoa", "MDG", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
MDG_PARLIAMENT = actor("Parliament of Madagascar", "MDG", "LEG")
RAJOELINA = actor("Andry Rajoelina", "MDG", "GOV")
EU_DELEGATION = actor("Delegation of the European Union to Madagascar", "EUR", "IGO")
MDG_GOV = actor("Government of Madagascar", "MDG", "GOV")
MDG_OPP_MPS = actor("opposition members of the National Assembly of Madagascar", "MDG", "OPP")
MDG_ASSEMBLY = actor("National Assembly of Madagascar", "MDG", "LEG")
MDG_MOTHERS = actor("mothers demonstrating in Antananarivo", "MDG", "CVL")
MDG_SENATE = actor("Senate of Madagascar", "MDG", "LEG")

C1 = ("Antananarivo (AFP) - Madagaskars Parlament hat die chemische und chirurgische Kastration von Männern "
      "beschlossen, die wegen der Vergewaltigung von Kindern verurteilt werden.")
C2 = "Nach der Nationalversammlung stimmte am Mittwoch auch der Senat für das Gesetz, wie die Kammer mitteilte."
C3 = ("Bei Opfern unter zehn Jahren sieht es zwingend die chirurgische Kastration vor, bei älteren Minderjährigen "
      "eine chemische oder chirurgische.")
C4 = ("Mehrere Oppositionsabgeordnete hatten die Abstimmung in der Nationalversammlung vergangene Woche aus Protest "
      "boykottiert.")
C5 = ("Vor dem Senatsgebäude in Antananarivo demonstrierten am Mittwoch dagegen Dutzende Mütter mit Plakaten für das "
      "Gesetz.")
C6 = ("Justizministerin Landy Mbolatiana Randriamanantenasoa verteidigte die Reform: „Madagaskar ist ein souveränes "
      "Land und hat das Recht, seine Gesetze selbst zu machen.“")
C7 = ("Die Zahl der angezeigten Vergewaltigungen von Minderjährigen sei im vergangenen Jahr auf 600 gestiegen, "
      "fügte die Ministerin hinzu.")
C8 = "Sie warf Amnesty International vor, sich mehr um die Täter als um die Opfer zu sorgen."
C9 = ("Die Menschenrechtsorganisation hatte das Gesetz zuvor als „grausam, unmenschlich und erniedrigend“ "
      "verurteilt.")
C10 = "Amnesty forderte Präsident Andry Rajoelina auf, es nicht zu unterzeichnen."
C11 = ("Die Kastration werde die Ursachen sexueller Gewalt nicht beseitigen, erklärte die Amnesty-Regionalforscherin "
       "Nciko wa Nciko.")
C12 = ("Auch die Vertretung der Europäischen Union in Antananarivo rief die Regierung auf, stattdessen die Betreuung "
       "der Opfer und die Strafverfolgung zu stärken.")
C13 = "Das Gesetz muss noch vom Hohen Verfassungsgericht geprüft und vom Präsidenten verkündet werden."
C14 = ("Nach Angaben von Kinderschutzorganisationen wird ein Großteil der Fälle nie angezeigt, weil Familien sich "
       "mit den Tätern außergerichtlich einigen.")
C15 = "Madagaskar gehört zu den ärmsten Ländern der Welt."

DE03 = {
    "id": "hm430-de-03", "lang": "de", "url": None, "published": "2024-02-08",
    "title": "Madagaskar beschließt Kastration für Kindervergewaltiger",
    "text": paragraphs([C1, C2, C3], [C4, C5], [C6, C7, C8], [C9, C10, C11, C12], [C13, C14, C15]),
    "events": [
        event("PROTEST", MDG_OPP_MPS, MDG_ASSEMBLY, C4, mode="boycott"),
        event("PROTEST", MDG_MOTHERS, MDG_SENATE, C5, mode="demo", date="2024-02-07", location="Antananarivo",
              location_country="MDG"),
        event("ACCUSE", MDG_JUSTICE, AMNESTY, C8, mode="disapprove"),
        event("ACCUSE", AMNESTY, MDG_PARLIAMENT, C9, mode="disapprove"),
        event("REQUEST", AMNESTY, RAJOELINA, C10, mode="change"),
        event("REQUEST", EU_DELEGATION, MDG_GOV, C12, mode="change", location="Antananarivo",
              location_country="MDG"),
    ],
    "quotes": [
        quote("Nach der Nationalversammlung stimmte am Mittwoch auch der Senat für das Gesetz", "Senate of Madagascar",
              "indirect"),
        quote("Madagaskar ist ein souveränes Land und hat das Recht, seine Gesetze selbst zu machen",
              "Landy Mbolatiana Randriamanantenasoa", "direct"),
        quote("Die Zahl der angezeigten Vergewaltigungen von Minderjährigen sei im vergangenen Jahr auf 600 gestiegen",
              "Landy Mbolatiana Randriamanantenasoa", "indirect"),
        quote("sich mehr um die Täter als um die Opfer zu sorgen", "Landy Mbolatiana Randriamanantenasoa",
              "indirect"),
        quote("grausam, unmenschlich und erniedrigend", "Amnesty International", "direct"),
        quote("Die Kastration werde die Ursachen sexueller Gewalt nicht beseitigen", "Nciko wa Nciko", "indirect"),
        quote("wird ein Großteil der Fälle nie angezeigt, weil Familien sich mit den Tätern außergerichtlich einigen",
              "child protection organisations in Madagascar", "indirect"),
    ],
    "entities": [
        entity("Antananarivo", "LOC", "MDG", ["Antananarivo"]),
        entity("Parliament of Madagascar", "ORG", "MDG", ["Madagaskars Parlament"]),
        entity("Madagascar", "LOC", "MDG", ["Madagaskar", "Madagaskars"]),
        entity("National Assembly of Madagascar", "ORG", "MDG", ["der Nationalversammlung"]),
        entity("Senate of Madagascar", "ORG", "MDG", ["der Senat", "die Kammer"]),
        entity("opposition members of the National Assembly of Madagascar", "PER", "MDG",
               ["Mehrere Oppositionsabgeordnete"]),
        entity("Senate building", "LOC", "MDG", ["Vor dem Senatsgebäude in Antananarivo"]),
        entity("mothers demonstrating in Antananarivo", "PER", "MDG", ["Dutzende Mütter"]),
        entity("Landy Mbolatiana Randriamanantenasoa", "PER", "MDG",
               ["Justizministerin Landy Mbolatiana Randriamanantenasoa", "die Ministerin", "Sie"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "Die Menschenrechtsorganisation",
                                                       "Amnesty"]),
        entity("Andry Rajoelina", "PER", "MDG", ["Präsident Andry Rajoelina", "vom Präsidenten"]),
        entity("Nciko wa Nciko", "PER", "NGO", ["die Amnesty-Regionalforscherin Nciko wa Nciko"]),
        entity("Delegation of the European Union to Madagascar", "ORG", "EUR",
               ["die Vertretung der Europäischen Union in Antananarivo"]),
        entity("Government of Madagascar", "ORG", "MDG", ["die Regierung"]),
        entity("High Constitutional Court of Madagascar", "ORG", "MDG", ["vom Hohen Verfassungsgericht"]),
        entity("child protection organisations in Madagascar", "ORG", "MDG", ["Kinderschutzorganisationen"]),
    ],
}

# ---------------------------------------------------------------- hm430-de-04 (CAR constitutional referendum)
BRDC = actor("Republican Bloc for the Defence of the Constitution", "CAF", "OPP")
CAF_ANE = actor("National Elections Authority of the Central African Republic", "CAF", "GOV")
MBOLI_GOUMBA = actor("Crépin Mboli-Goumba", "CAF", "OPP")
CAF_GOV = actor("Government of the Central African Republic", "CAF", "GOV")
TOUADERA = actor("Faustin-Archange Touadéra", "CAF", "GOV")
DARLAN = actor("Danièle Darlan", "CAF", "JUD")
CAF_OPP = actor("Central African opposition", "CAF", "OPP")
CAF_SECURITY = actor("Central African security forces", "CAF", "COP")
CAF_OPP_SUPPORTERS = actor("opposition supporters in Bangui", "CAF", "OPP")
US_STATE2 = actor("United States Department of State", "USA", "GOV")
BALALOU = actor("Maxime Balalou", "CAF", "GOV")
USA_GOV2 = actor("Government of the United States", "USA", "GOV")

Z1 = ("Bangui (AFP) - In der Zentralafrikanischen Republik haben die Wähler einer neuen Verfassung zugestimmt, die "
      "Präsident Faustin-Archange Touadéra eine dritte Amtszeit ermöglicht.")
Z2 = ("Nach vorläufigen Ergebnissen der Nationalen Wahlbehörde (ANE) stimmten beim Referendum am 30. Juli gut 95 "
      "Prozent der Teilnehmer mit Ja.")
Z3 = "Die Wahlbeteiligung lag demnach bei 61 Prozent."
Z4 = ("Die neue Verfassung hebt die Begrenzung auf zwei Amtszeiten auf und verlängert das Mandat des Staatschefs von "
      "fünf auf sieben Jahre.")
Z5 = "Das Oppositionsbündnis BRDC erkannte das Ergebnis nicht an."
Z6 = ("Die Zahlen seien „erfunden“, in vielen Wahllokalen der Hauptstadt seien kaum Wähler erschienen, sagte "
      "BRDC-Sprecher Crépin Mboli-Goumba.")
Z7 = "Das Bündnis hatte die Abstimmung boykottiert und spricht von einem „Verfassungsputsch“."
Z8 = "Touadéra dankte der Bevölkerung am Montagabend im Staatsfernsehen für ihr „Vertrauen“."
Z9 = "Das Verfassungsgericht muss die Ergebnisse noch bestätigen."
Z10 = ("Touadéra hatte im vergangenen Oktober die Präsidentin des Gerichts, Danièle Darlan, per Dekret in den "
       "Ruhestand versetzt.")
Z11 = "Die Opposition warf ihm vor, das Gericht damit gefügig gemacht zu haben."
Z12 = ("Sicherheitskräfte hatten am Wahltag in Bangui mehrere Anhänger der Opposition festgenommen, die Flugblätter "
       "gegen das Referendum verteilt hatten.")
Z13 = "Freigelassen wurden sie nach Angaben ihrer Anwälte bislang nicht."
Z14 = "Das US-Außenministerium hatte schon vor der Abstimmung Zweifel an deren Glaubwürdigkeit geäußert."
Z15 = "Regierungssprecher Maxime Balalou warf Washington daraufhin Einmischung in innere Angelegenheiten vor."
Z16 = ("Touadéra regiert das Land seit 2016 und stützt sich im Kampf gegen Rebellengruppen auf russische Söldner und "
       "ruandische Soldaten.")

DE04 = {
    "id": "hm430-de-04", "lang": "de", "url": None, "published": "2023-08-08",
    "title": "Zentralafrikaner stimmen für Verfassung mit dritter Amtszeit für Touadéra",
    "text": paragraphs([Z1, Z2, Z3, Z4], [Z5, Z6, Z7, Z8], [Z9, Z10, Z11], [Z12, Z13], [Z14, Z15, Z16]),
    "events": [
        event("REJECT", BRDC, CAF_ANE, Z5),
        event("ACCUSE", MBOLI_GOUMBA, CAF_ANE, Z6, mode="allege"),
        event("PROTEST", BRDC, CAF_GOV, Z7, mode="boycott"),
        event("ACCUSE", BRDC, CAF_GOV, Z7, mode="disapprove"),
        event("COERCE", TOUADERA, DARLAN, Z10, mode="restrict"),
        event("ACCUSE", CAF_OPP, TOUADERA, Z11, mode="allege"),
        event("COERCE", CAF_SECURITY, CAF_OPP_SUPPORTERS, Z12, mode="arrest", date="2023-07-30", location="Bangui",
              location_country="CAF"),
        event("RETREAT", CAF_SECURITY, CAF_OPP_SUPPORTERS, Z13, mode="release", negated=True),
        event("ACCUSE", US_STATE2, CAF_GOV, Z14, mode="disapprove"),
        event("ACCUSE", BALALOU, USA_GOV2, Z15, mode="disapprove"),
    ],
    "quotes": [
        quote("Nach vorläufigen Ergebnissen der Nationalen Wahlbehörde (ANE) stimmten beim Referendum am 30. Juli gut "
              "95 Prozent der Teilnehmer mit Ja",
              "National Elections Authority of the Central African Republic", "indirect"),
        quote("erfunden", "Crépin Mboli-Goumba", "direct"),
        quote("Die Zahlen seien „erfunden“, in vielen Wahllokalen der Hauptstadt seien kaum Wähler erschienen",
              "Crépin Mboli-Goumba", "indirect"),
        quote("Verfassungsputsch", "Republican Bloc for the Defence of the Constitution", "direct"),
        quote("Vertrauen", "Faustin-Archange Touadéra", "direct"),
        quote("das Gericht damit gefügig gemacht zu haben", "Central African opposition", "indirect"),
        quote("Freigelassen wurden sie nach Angaben ihrer Anwälte bislang nicht",
              "lawyers of the detained opposition supporters", "indirect"),
    ],
    "entities": [
        entity("Bangui", "LOC", "CAF", ["Bangui", "der Hauptstadt"]),
        entity("Central African Republic", "LOC", "CAF", ["der Zentralafrikanischen Republik", "das Land"]),
        entity("Faustin-Archange Touadéra", "PER", "CAF",
               ["Präsident Faustin-Archange Touadéra", "des Staatschefs", "Touadéra", "ihm"]),
        entity("National Elections Authority of the Central African Republic", "ORG", "CAF",
               ["der Nationalen Wahlbehörde (ANE)"]),
        entity("Republican Bloc for the Defence of the Constitution", "ORG", "CAF",
               ["Das Oppositionsbündnis BRDC", "Das Bündnis"]),
        entity("Crépin Mboli-Goumba", "PER", "CAF", ["BRDC-Sprecher Crépin Mboli-Goumba"]),
        entity("Constitutional Court of the Central African Republic", "ORG", "CAF",
               ["Das Verfassungsgericht", "des Gerichts", "das Gericht"]),
        entity("Danièle Darlan", "PER", "CAF", ["die Präsidentin des Gerichts, Danièle Darlan"]),
        entity("Central African opposition", "ORG", "CAF", ["Die Opposition"]),
        entity("Central African security forces", "ORG", "CAF", ["Sicherheitskräfte"]),
        entity("opposition supporters in Bangui", "PER", "CAF", ["mehrere Anhänger der Opposition", "sie"]),
        entity("lawyers of the detained opposition supporters", "PER", "CAF", ["ihrer Anwälte"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Maxime Balalou", "PER", "CAF", ["Regierungssprecher Maxime Balalou"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Russian mercenaries", "ORG", "RUS", ["russische Söldner"]),
        entity("Rwanda Defence Force", "ORG", "RWA", ["ruandische Soldaten"]),
    ],
}

# ---------------------------------------------------------------- hm430-en-01 (Finland/Nigeria, Simon Ekpa)
FIN_COURT = actor("Päijät-Häme District Court", "FIN", "JUD")
EKPA = actor("Simon Ekpa", "NGA", "REB")
FIN_NBI = actor("National Bureau of Investigation of Finland", "FIN", "COP")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
TUGGAR = actor("Yusuf Tuggar", "NGA", "GOV")
FIN_GOV = actor("Government of Finland", "FIN", "GOV")
BUBA = actor("Edward Buba", "NGA", "MIL")

E1 = ("HELSINKI (AP) — A Finnish court has ordered the detention of Simon Ekpa, a Finland-based Nigerian separatist, "
      "on suspicion of inciting terrorist crimes in southeastern Nigeria, police said Friday.")
E2 = ("The Päijät-Häme District Court ruled on Thursday that Ekpa should remain in custody while investigators "
      "examine his social media activity, Finland's National Bureau of Investigation said in a statement.")
E3 = "Ekpa, 39, was arrested earlier this week in the city of Lahti, north of Helsinki."
E4 = ("The bureau said he was suspected of publicly inciting crimes with terrorist intent and of taking part in the "
      "activities of a terrorist group.")
E5 = ("\"The suspected crimes were committed in Finland, but their effects have been felt in Nigeria,\" the head of "
      "the investigation told reporters.")
E6 = ("Ekpa, who holds Finnish citizenship and once ran for Lahti's city council, calls himself the prime minister of "
      "a self-declared Biafran government in exile.")
E7 = ("Nigerian authorities accuse him of using social media to order weekly lockdowns in the southeast that have "
      "been enforced by gunmen.")
E8 = "His lawyer said Ekpa denied the allegations and would appeal the detention."
E9 = "Nigeria's government welcomed the arrest."
E10 = "Foreign Minister Yusuf Tuggar thanked Finland for its cooperation."
E11 = "Abuja had repeatedly asked Helsinki to act against Ekpa."
E12 = ("\"Ekpa's orders have cost the lives of soldiers and civilians in the southeast,\" military spokesman Maj. "
       "Gen. Edward Buba told reporters in Abuja.")
E13 = "The Indigenous People of Biafra, the main separatist group, has distanced itself from Ekpa."
E14 = ("An IPOB spokesman, Emma Powerful, said the group had never authorized the lockdown orders issued from "
       "Finland.")
E15 = ("Separatist sentiment persists in the southeast, where a 1967-70 civil war over the declaration of a Republic "
       "of Biafra killed more than a million people.")
E16 = "Finnish prosecutors have until early next year to decide whether to bring charges."

EN01 = {
    "id": "hm430-en-01", "lang": "en", "url": None, "published": "2024-11-22",
    "title": "Finnish court orders Nigerian separatist Simon Ekpa held on terrorism suspicion",
    "text": paragraphs([E1, E2, E3, E4, E5], [E6, E7, E8], [E9, E10, E11, E12], [E13, E14, E15, E16]),
    "events": [
        event("COERCE", FIN_COURT, EKPA, E1, mode="arrest", location_country="FIN"),
        event("COERCE", FIN_COURT, EKPA, E2, mode="arrest", date="2024-11-21", location_country="FIN"),
        event("COERCE", FIN_NBI, EKPA, E3, mode="arrest", location="Lahti", location_country="FIN"),
        event("ACCUSE", FIN_NBI, EKPA, E4, mode="allege"),
        event("ACCUSE", NGA_GOV, EKPA, E7, mode="allege"),
        event("SUPPORT", NGA_GOV, FIN_NBI, E9),
        event("SUPPORT", TUGGAR, FIN_GOV, E10),
        event("REQUEST", NGA_GOV, FIN_GOV, E11),
        event("ACCUSE", BUBA, EKPA, E12, mode="allege", location="Abuja", location_country="NGA"),
    ],
    "quotes": [
        quote("A Finnish court has ordered the detention of Simon Ekpa, a Finland-based Nigerian separatist, on "
              "suspicion of inciting terrorist crimes in southeastern Nigeria",
              "National Bureau of Investigation of Finland", "indirect"),
        quote("The Päijät-Häme District Court ruled on Thursday that Ekpa should remain in custody while investigators "
              "examine his social media activity", "National Bureau of Investigation of Finland", "indirect"),
        quote("he was suspected of publicly inciting crimes with terrorist intent and of taking part in the activities "
              "of a terrorist group", "National Bureau of Investigation of Finland", "indirect"),
        quote("The suspected crimes were committed in Finland, but their effects have been felt in Nigeria",
              "head of the investigation at the National Bureau of Investigation of Finland", "direct"),
        quote("Ekpa denied the allegations and would appeal the detention", "lawyer of Simon Ekpa", "indirect"),
        quote("Ekpa's orders have cost the lives of soldiers and civilians in the southeast", "Edward Buba", "direct"),
        quote("the group had never authorized the lockdown orders issued from Finland", "Emma Powerful", "indirect"),
    ],
    "entities": [
        entity("Helsinki", "LOC", "FIN", ["HELSINKI", "Helsinki"]),
        entity("Päijät-Häme District Court", "ORG", "FIN", ["A Finnish court", "The Päijät-Häme District Court"]),
        entity("Simon Ekpa", "PER", "NGA", ["Simon Ekpa, a Finland-based Nigerian separatist", "Ekpa", "his", "he",
                                            "Ekpa, 39", "him", "Ekpa's"]),
        entity("Nigeria", "LOC", "NGA", ["southeastern Nigeria", "Nigeria", "the southeast"]),
        entity("Finnish police", "ORG", "FIN", ["police"]),
        entity("National Bureau of Investigation of Finland", "ORG", "FIN",
               ["Finland's National Bureau of Investigation", "The bureau", "investigators"]),
        entity("Lahti", "LOC", "FIN", ["the city of Lahti", "Lahti's"]),
        entity("Finland", "LOC", "FIN", ["Finland", "Finland's"]),
        entity("head of the investigation at the National Bureau of Investigation of Finland", "PER", "FIN",
               ["the head of the investigation"]),
        entity("Lahti City Council", "ORG", "FIN", ["Lahti's city council"]),
        entity("Biafran government in exile", "ORG", "NGA", ["a self-declared Biafran government in exile"]),
        entity("Government of Nigeria", "ORG", "NGA", ["Nigerian authorities", "Nigeria's government", "Abuja"]),
        entity("gunmen in southeastern Nigeria", "PER", "NGA", ["gunmen"]),
        entity("lawyer of Simon Ekpa", "PER", "NGA", ["His lawyer"]),
        entity("Yusuf Tuggar", "PER", "NGA", ["Foreign Minister Yusuf Tuggar"]),
        entity("Government of Finland", "ORG", "FIN", ["Finland", "Helsinki"]),
        entity("Edward Buba", "PER", "NGA", ["military spokesman Maj. Gen. Edward Buba"]),
        entity("Abuja", "LOC", "NGA", ["Abuja"]),
        entity("Indigenous People of Biafra", "ORG", "NGA",
               ["The Indigenous People of Biafra, the main separatist group", "IPOB", "the group"]),
        entity("Emma Powerful", "PER", "NGA", ["An IPOB spokesman, Emma Powerful"]),
        entity("Republic of Biafra", "LOC", "NGA", ["a Republic of Biafra"]),
        entity("Nigerian Civil War", "MISC", "NGA", ["a 1967-70 civil war"]),
        entity("Finnish prosecutors", "ORG", "FIN", ["Finnish prosecutors"]),
    ],
}

# ---------------------------------------------------------------- hm430-en-02 (Somalia bans TikTok, Telegram, 1XBet)
SOM_GOV = actor("Government of Somalia", "SOM", "GOV")
TIKTOK = actor("TikTok", "MNC", "BUS")
TELEGRAM = actor("Telegram", "MNC", "BUS")
ONEXBET = actor("1XBet", "MNC", "BUS")
SHABAAB = actor("al-Shabaab", "SOM", "REB")
KHALIF = actor("Jama Hassan Khalif", "SOM", "GOV")
SOM_PROVIDERS = actor("Somali internet service providers", "SOM", "BUS")
SJS = actor("Somali Journalists Syndicate", "SOM", "NGO")
SOM_MOCT = actor("Ministry of Communications and Technology of Somalia", "SOM", "GOV")
MUMIN = actor("Abdalle Ahmed Mumin", "SOM", "NGO")
SOM_POLICE = actor("Somali Police Force", "SOM", "COP")
SOM_SCHOLARS = actor("Somali Religious Scholars Council", "SOM", "REL")
NDOLO = actor("Bob Ndolo", "KEN", "BUS")
KEN_ASSEMBLY = actor("National Assembly of Kenya", "KEN", "LEG")

T1 = ("MOGADISHU, Somalia (AP) — Somalia's government has ordered internet companies to block TikTok, Telegram and "
      "the online betting site 1XBet, accusing extremists of using the platforms to spread propaganda.")
T2 = ("Communications Minister Jama Hassan Khalif said in a statement late Sunday that providers must shut down the "
      "applications by Thursday or face unspecified legal measures.")
T3 = ("\"Terrorists and immoral groups use these applications to spread constant horrific images and misinformation "
      "to the public,\" the minister said.")
T4 = "He did not say how the ban would be enforced."
T5 = ("The decision comes as Somalia's army and allied clan militias press an offensive against the al-Qaida-linked "
      "al-Shabaab in the center of the country.")
T6 = ("The group regularly posts videos of its attacks on Telegram, where its media wing runs several channels.")
T7 = ("The Somali Journalists Syndicate criticized the ban as a blow to free expression and urged the ministry to "
      "reverse it.")
T8 = ("\"Shutting down entire platforms punishes millions of young Somalis for the crimes of a few,\" said the "
      "syndicate's secretary-general, Abdalle Ahmed Mumin.")
T9 = ("Mumin himself was arrested last year after he criticized a government directive restricting coverage of "
      "al-Shabaab.")
T10 = ("Young content creators in Mogadishu said they earned a living on TikTok and feared losing their income "
       "overnight.")
T11 = "TikTok and Telegram did not respond to requests for comment."
T12 = ("The Somali Religious Scholars Council, which had long urged the government to outlaw online gambling, "
       "welcomed the ban.")
T13 = ("Several African governments have restricted social media during elections or protests in recent "
       "years.")
T14 = ("In neighboring Kenya, a businessman, Bob Ndolo, has petitioned parliament to ban TikTok over concerns about "
       "explicit content.")

EN02 = {
    "id": "hm430-en-02", "lang": "en", "url": None, "published": "2023-08-21",
    "title": "Somalia orders TikTok, Telegram and betting site blocked, citing extremist propaganda",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6], [T7, T8, T9, T10], [T11, T12], [T13, T14]),
    "events": [
        event("COERCE", SOM_GOV, TIKTOK, T1, mode="censor"),
        event("COERCE", SOM_GOV, TELEGRAM, T1, mode="censor"),
        event("COERCE", SOM_GOV, ONEXBET, T1, mode="censor"),
        event("ACCUSE", SOM_GOV, SHABAAB, T1, mode="allege"),
        event("REQUEST", KHALIF, SOM_PROVIDERS, T2, date="2023-08-20"),
        event("THREATEN", KHALIF, SOM_PROVIDERS, T2, date="2023-08-20"),
        event("ACCUSE", KHALIF, SHABAAB, T3, mode="allege"),
        event("ACCUSE", SJS, SOM_MOCT, T7, mode="disapprove"),
        event("REQUEST", SJS, SOM_MOCT, T7, mode="change"),
        event("ACCUSE", MUMIN, SOM_GOV, T8, mode="disapprove"),
        event("COERCE", SOM_POLICE, MUMIN, T9, mode="arrest"),
        event("ACCUSE", MUMIN, SOM_GOV, T9, mode="disapprove"),
        event("REQUEST", SOM_SCHOLARS, SOM_GOV, T12, mode="change"),
        event("SUPPORT", SOM_SCHOLARS, SOM_GOV, T12),
        event("REQUEST", NDOLO, KEN_ASSEMBLY, T14, mode="change"),
    ],
    "quotes": [
        quote("providers must shut down the applications by Thursday or face unspecified legal measures",
              "Jama Hassan Khalif", "indirect"),
        quote("Terrorists and immoral groups use these applications to spread constant horrific images and "
              "misinformation to the public", "Jama Hassan Khalif", "direct"),
        quote("Shutting down entire platforms punishes millions of young Somalis for the crimes of a few",
              "Abdalle Ahmed Mumin", "direct"),
        quote("they earned a living on TikTok and feared losing their income overnight",
              "young content creators in Mogadishu", "indirect"),
    ],
    "entities": [
        entity("Mogadishu", "LOC", "SOM", ["MOGADISHU", "Mogadishu"]),
        entity("Somalia", "LOC", "SOM", ["Somalia", "the country"]),
        entity("Government of Somalia", "ORG", "SOM", ["Somalia's government", "the government"]),
        entity("Somali internet service providers", "ORG", "SOM", ["internet companies", "providers"]),
        entity("TikTok", "ORG", "MNC", ["TikTok"]),
        entity("Telegram", "ORG", "MNC", ["Telegram"]),
        entity("1XBet", "ORG", "MNC", ["the online betting site 1XBet"]),
        entity("al-Shabaab", "ORG", "SOM", ["extremists", "Terrorists and immoral groups",
                                            "the al-Qaida-linked al-Shabaab", "The group", "its", "al-Shabaab"]),
        entity("Jama Hassan Khalif", "PER", "SOM", ["Communications Minister Jama Hassan Khalif", "the minister",
                                                    "He"]),
        entity("Somali National Army", "ORG", "SOM", ["Somalia's army"]),
        entity("Somali clan militias", "ORG", "SOM", ["allied clan militias"]),
        entity("al-Kataib", "ORG", "SOM", ["its media wing"]),
        entity("Somali Journalists Syndicate", "ORG", "SOM", ["The Somali Journalists Syndicate", "the syndicate's"]),
        entity("Ministry of Communications and Technology of Somalia", "ORG", "SOM", ["the ministry"]),
        entity("Abdalle Ahmed Mumin", "PER", "SOM",
               ["the syndicate's secretary-general, Abdalle Ahmed Mumin", "Mumin himself", "he"]),
        entity("young content creators in Mogadishu", "PER", "SOM", ["Young content creators in Mogadishu", "they"]),
        entity("Somali Religious Scholars Council", "ORG", "SOM", ["The Somali Religious Scholars Council"]),
        entity("Kenya", "LOC", "KEN", ["neighboring Kenya"]),
        entity("Bob Ndolo", "PER", "KEN", ["a businessman, Bob Ndolo"]),
        entity("National Assembly of Kenya", "ORG", "KEN", ["parliament"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
