"""Round 495: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, North America, invented wording and details):
- hm495-de-01: Canada: Pierre Poilievre wins the Battle River-Crowfoot by-election and returns to the Commons; Kurek's resignation, attacks on Carney and the Liberals, budget demand refused by Carney's office, the Longest Ballot Committee's protest candidacies, calls for his resignation refused (2025-08-19).
- hm495-de-02: Mexico/United States: Mexico hands 26 more cartel prisoners to the US at Washington's request; DOJ charges, Bondi rules out the death penalty, Sheinbaum stresses sovereignty and again refuses US troops, Ambassador Johnson praises, defence lawyers object, the February transfer and Trump's tariff threat recalled (2025-08-13).
- hm495-de-03: Panama: Mulino signs the CSS social security reform (Law 462) after protests outside the National Assembly; tear gas and 14 arrests, Suntracs accuses and threatens a general strike, Asoprof demands repeal, Mulino refuses and accuses Méndez, Archbishop Ulloa offers mediation (2025-03-19).
- hm495-de-04: Cuba: university students boycott classes over ETECSA's mobile data price rises; the FEU demands a reversal, Tania Velázquez refuses but offers students a cheaper package, Díaz-Canel blames the US, the US embassy accuses Havana, rector Miriam Nicado threatens sanctions (2025-06-04).
- hm495-en-01: United States: a federal jury in Wilmington convicts Hunter Biden on all three gun charges; Weiss's case, Joe Biden's earlier pledge not to pardon him, Trump's campaign and James Comer attack, the collapsed plea deal and the California tax case recalled (2024-06-11).
- hm495-en-02: Canada/Israel: Ottawa, with Britain, Australia, New Zealand and Norway, sanctions Itamar Ben-Gvir and Bezalel Smotrich; Anand accuses them, Saar and Smotrich condemn Canada, Rubio urges a reversal, the Palestinian Foreign Ministry welcomes it, earlier settler sanctions and the arms-export halt recalled (2025-06-10).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm495-de-01 (Canada, Poilievre by-election)
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
KUREK = actor("Damien Kurek", "CAN", "LEG")
CARNEY = actor("Mark Carney", "CAN", "GOV")
LIBERALS = actor("Liberal Party of Canada", "CAN", "PTY")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
PMO_CAN = actor("Office of the Prime Minister of Canada", "CAN", "GOV")
LBC = actor("Longest Ballot Committee", "CAN", "CVL")
CPC_MPS = actor("Conservative members of Parliament", "CAN", "LEG")

A1 = ("Ottawa (dpa) - Kanadas konservativer Oppositionsführer Pierre Poilievre hat knapp vier Monate nach dem Verlust "
      "seines Mandats die Rückkehr ins Unterhaus geschafft.")
A2 = ("Der 46-Jährige gewann am Montag die Nachwahl im ländlichen Wahlkreis Battle River-Crowfoot in der Provinz "
      "Alberta mit mehr als 80 Prozent der Stimmen, wie die Wahlbehörde Elections Canada mitteilte.")
A3 = ("Bei der Parlamentswahl Ende April hatte Poilievre seinen langjährigen Sitz in Carleton bei Ottawa an den "
      "Liberalen Bruce Fanjoy verloren.")
A4 = ("Der konservative Abgeordnete Damien Kurek hatte im Juni sein Mandat in Battle River-Crowfoot niedergelegt, um "
      "dem Parteichef den Weg freizumachen.")
A5 = "In seiner Siegesrede griff Poilievre Premierminister Mark Carney scharf an."
A6 = ("„Die Liberalen haben den Kanadiern höhere Preise und leere Versprechen im Zollstreit mit Washington gebracht“, "
      "sagte er vor Anhängern in Camrose.")
A7 = ("Er forderte die Regierung auf, noch vor dem Herbst einen Haushalt vorzulegen und die Verbrauchssteuer auf "
      "Benzin und Diesel auszusetzen.")
A8 = "Carney hatte die Nachwahl Ende Juni kurz nach Kureks Rücktritt ausgerufen."
A9 = ("Ein Sprecher des Premierministers sagte, die Regierung werde ihren Haushalt im Herbst vorlegen und sich den "
      "Zeitplan nicht vom Oppositionsführer diktieren lassen.")
A10 = "Die Wahl galt als Kuriosum: Auf dem Stimmzettel standen mehr als 200 Namen."
A11 = ("Die Initiative Longest Ballot Committee hatte die Kandidaturen organisiert, um von Ottawa eine Reform des "
       "Mehrheitswahlrechts zu verlangen.")
A12 = ("Elections Canada musste deshalb einen leeren Stimmzettel ausgeben, auf den die Wähler den Namen ihres "
       "Kandidaten schreiben mussten.")
A13 = "Poilievre warf der Gruppe vor, die Wahl zu einem „Zirkus“ gemacht zu haben."
A14 = ("Im Januar muss sich Poilievre auf einem Parteitag der Konservativen in Calgary einer Überprüfung seiner "
       "Führung stellen.")
A15 = ("Mehrere konservative Abgeordnete hatten nach der Wahlniederlage im April offen seinen Rücktritt gefordert.")
A16 = "Einen Rückzug vom Parteivorsitz lehnte der Oppositionsführer stets ab."

DE01 = {
    "id": "hm495-de-01", "lang": "de", "url": None, "published": "2025-08-19",
    "title": "Kanadas Oppositionsführer Poilievre kehrt ins Parlament zurück",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7], [A8, A9], [A10, A11, A12, A13], [A14, A15, A16]),
    "events": [
        event("RETREAT", KUREK, None, A4, mode="resign"),
        event("ACCUSE", POILIEVRE, CARNEY, A5, mode="disapprove"),
        event("ACCUSE", POILIEVRE, LIBERALS, A6, mode="disapprove", location="Camrose", location_country="CAN"),
        event("REQUEST", POILIEVRE, CAN_GOV, A7, mode="change"),
        event("REJECT", PMO_CAN, POILIEVRE, A9, mode="change"),
        event("REQUEST", LBC, CAN_GOV, A11, mode="change"),
        event("ACCUSE", POILIEVRE, LBC, A13, mode="disapprove"),
        event("REQUEST", CPC_MPS, POILIEVRE, A15, mode="change"),
        event("REJECT", POILIEVRE, CPC_MPS, A16, mode="change"),
    ],
    "quotes": [
        quote("Der 46-Jährige gewann am Montag die Nachwahl im ländlichen Wahlkreis Battle River-Crowfoot in der Provinz "
              "Alberta mit mehr als 80 Prozent der Stimmen", "Elections Canada", "indirect"),
        quote("Die Liberalen haben den Kanadiern höhere Preise und leere Versprechen im Zollstreit mit Washington "
              "gebracht", "Pierre Poilievre", "direct"),
        quote("die Regierung werde ihren Haushalt im Herbst vorlegen und sich den Zeitplan nicht vom Oppositionsführer "
              "diktieren lassen", "spokesperson for Mark Carney", "indirect"),
        quote("Zirkus", "Pierre Poilievre", "direct"),
        quote("die Wahl zu einem „Zirkus“ gemacht zu haben", "Pierre Poilievre", "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Canada", "LOC", "CAN", ["Kanadas"]),
        entity("Pierre Poilievre", "PER", "CAN",
               ["Kanadas konservativer Oppositionsführer Pierre Poilievre", "Der 46-Jährige", "Poilievre",
                "dem Parteichef", "er", "Er", "vom Oppositionsführer", "der Oppositionsführer"]),
        entity("House of Commons of Canada", "ORG", "CAN", ["ins Unterhaus"]),
        entity("Battle River-Crowfoot", "LOC", "CAN", ["im ländlichen Wahlkreis Battle River-Crowfoot",
                                                      "Battle River-Crowfoot"]),
        entity("Alberta", "LOC", "CAN", ["der Provinz Alberta"]),
        entity("Elections Canada", "ORG", "CAN", ["die Wahlbehörde Elections Canada", "Elections Canada"]),
        entity("Carleton", "LOC", "CAN", ["Carleton"]),
        entity("Bruce Fanjoy", "PER", "CAN", ["den Liberalen Bruce Fanjoy"]),
        entity("Damien Kurek", "PER", "CAN", ["Der konservative Abgeordnete Damien Kurek", "Kureks"]),
        entity("Mark Carney", "PER", "CAN", ["Premierminister Mark Carney", "Carney", "des Premierministers"]),
        entity("Liberal Party of Canada", "ORG", "CAN", ["Die Liberalen"]),
        entity("Canadians", "PER", "CAN", ["den Kanadiern"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Camrose", "LOC", "CAN", ["Camrose"]),
        entity("Government of Canada", "ORG", "CAN", ["die Regierung", "Ottawa"]),
        entity("spokesperson for Mark Carney", "PER", "CAN", ["Ein Sprecher des Premierministers"]),
        entity("Longest Ballot Committee", "ORG", "CAN", ["Die Initiative Longest Ballot Committee", "der Gruppe"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["der Konservativen"]),
        entity("Calgary", "LOC", "CAN", ["Calgary"]),
        entity("Conservative members of Parliament", "ORG", "CAN", ["Mehrere konservative Abgeordnete"]),
    ],
}

# ---------------------------------------------------------------- hm495-de-02 (Mexico/US, 26 prisoners transferred)
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
US_DOJ = actor("United States Department of Justice", "USA", "GOV")
TRANSFERRED = actor("cartel prisoners transferred to the United States", "MEX", "CVL")
BONDI = actor("Pam Bondi", "USA", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
JOHNSON = actor("Ronald Johnson", "USA", "GOV")
GV_LAWYERS = actor("lawyers of Abigael González Valencia", "MEX", "CVL")
MEX_JUDGE = actor("judge in Mexico City", "MEX", "JUD")
TRUMP = actor("Donald Trump", "USA", "GOV")
SINALOA = actor("Sinaloa Cartel", "MEX", "CVL")
CJNG = actor("Jalisco New Generation Cartel", "MEX", "CVL")

M1 = "Mexiko-Stadt (dpa) - Mexiko hat erneut mutmaßliche Kartellmitglieder in großer Zahl an die USA übergeben."
M2 = ("Insgesamt 26 Häftlinge seien am Dienstag mit Flugzeugen der mexikanischen Regierung in die Vereinigten "
      "Staaten gebracht worden, teilte Sicherheitsminister Omar García Harfuch mit.")
M3 = ("Unter ihnen ist Abigael González Valencia, der als Anführer der mit dem Kartell Jalisco Nueva Generación (CJNG) "
      "verbündeten Gruppe Los Cuinis gilt.")
M4 = ("Auch Roberto Salazar, der 2008 in Kalifornien einen Hilfssheriff getötet haben soll, befand sich in der "
      "Gruppe.")
M5 = ("Das US-Justizministerium teilte mit, die Männer würden in mehreren Bundesstaaten wegen Drogenhandels, Mordes "
      "und organisierter Kriminalität angeklagt.")
M6 = "Justizministerin Pam Bondi sagte zu, die Anklagebehörden würden in keinem der Fälle die Todesstrafe beantragen."
M7 = "Dies war eine Bedingung der mexikanischen Regierung gewesen."
M8 = "García Harfuch zufolge hatte Washington um die Übergabe gebeten."
M9 = "Präsidentin Claudia Sheinbaum betonte, es handle sich um eine souveräne Entscheidung ihres Landes."
M10 = "„Mexiko ordnet sich niemandem unter“, sagte sie bei ihrer morgendlichen Pressekonferenz."
M11 = "Einen Einsatz von US-Soldaten gegen die Kartelle auf mexikanischem Boden lehnte Sheinbaum erneut ab."
M12 = "US-Botschafter Ronald Johnson lobte die Zusammenarbeit mit Mexiko als „beispiellos“."
M13 = ("Die Anwälte von González Valencia sprachen dagegen von einer „illegalen Abschiebung“ ohne "
       "Auslieferungsverfahren.")
M14 = "Ein Richter in Mexiko-Stadt hatte zuvor ihren Antrag auf Aussetzung der Überstellung abgelehnt."
M15 = ("Bereits im Februar hatte Mexiko 29 Gefangene an die USA übergeben, darunter den Drogenboss Rafael Caro "
       "Quintero.")
M16 = "Kurz zuvor hatte US-Präsident Donald Trump mit Strafzöllen auf mexikanische Waren gedroht."
M17 = ("Washington hatte zudem das Sinaloa-Kartell und das CJNG als ausländische Terrororganisationen eingestuft.")

DE02 = {
    "id": "hm495-de-02", "lang": "de", "url": None, "published": "2025-08-13",
    "title": "Mexiko überstellt erneut 26 mutmaßliche Kartellmitglieder an die USA",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7], [M8, M9, M10, M11], [M12, M13, M14], [M15, M16, M17]),
    "events": [
        event("COOPERATE", MEX_GOV, USA_GOV, M1),
        event("COOPERATE", MEX_GOV, USA_GOV, M2, date="2025-08-12"),
        event("ACCUSE", US_DOJ, TRANSFERRED, M5, mode="allege"),
        event("AGREE", BONDI, MEX_GOV, M6),
        event("REQUEST", USA_GOV, MEX_GOV, M8),
        event("REJECT", SHEINBAUM, USA_GOV, M11),
        event("SUPPORT", JOHNSON, MEX_GOV, M12),
        event("ACCUSE", GV_LAWYERS, MEX_GOV, M13, mode="disapprove"),
        event("REJECT", MEX_JUDGE, GV_LAWYERS, M14, location="Mexico City", location_country="MEX"),
        event("COOPERATE", MEX_GOV, USA_GOV, M15),
        event("THREATEN", TRUMP, MEX_GOV, M16),
        event("SANCTION", USA_GOV, SINALOA, M17),
        event("SANCTION", USA_GOV, CJNG, M17),
    ],
    "quotes": [
        quote("Insgesamt 26 Häftlinge seien am Dienstag mit Flugzeugen der mexikanischen Regierung in die Vereinigten "
              "Staaten gebracht worden", "Omar García Harfuch", "indirect"),
        quote("die Männer würden in mehreren Bundesstaaten wegen Drogenhandels, Mordes und organisierter Kriminalität "
              "angeklagt", "United States Department of Justice", "indirect"),
        quote("die Anklagebehörden würden in keinem der Fälle die Todesstrafe beantragen", "Pam Bondi", "indirect"),
        quote("hatte Washington um die Übergabe gebeten", "Omar García Harfuch", "indirect"),
        quote("es handle sich um eine souveräne Entscheidung ihres Landes", "Claudia Sheinbaum", "indirect"),
        quote("Mexiko ordnet sich niemandem unter", "Claudia Sheinbaum", "direct"),
        quote("beispiellos", "Ronald Johnson", "direct"),
        quote("illegalen Abschiebung", "lawyers of Abigael González Valencia", "direct"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Government of Mexico", "ORG", "MEX", ["Mexiko", "der mexikanischen Regierung"]),
        entity("Mexico", "LOC", "MEX", ["ihres Landes", "mexikanischem Boden"]),
        entity("United States", "LOC", "USA", ["die USA", "die Vereinigten Staaten", "in mehreren Bundesstaaten"]),
        entity("cartel prisoners transferred to the United States", "PER", "MEX",
               ["mutmaßliche Kartellmitglieder", "Insgesamt 26 Häftlinge", "die Männer"]),
        entity("Omar García Harfuch", "PER", "MEX", ["Sicherheitsminister Omar García Harfuch", "García Harfuch"]),
        entity("Abigael González Valencia", "PER", "MEX", ["Abigael González Valencia", "González Valencia"]),
        entity("Jalisco New Generation Cartel", "ORG", "MEX", ["dem Kartell Jalisco Nueva Generación (CJNG)",
                                                               "das CJNG"]),
        entity("Los Cuinis", "ORG", "MEX", ["Gruppe Los Cuinis"]),
        entity("Roberto Salazar", "PER", "MEX", ["Roberto Salazar"]),
        entity("California", "LOC", "USA", ["Kalifornien"]),
        entity("United States Department of Justice", "ORG", "USA", ["Das US-Justizministerium",
                                                                     "die Anklagebehörden"]),
        entity("Pam Bondi", "PER", "USA", ["Justizministerin Pam Bondi"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "sie", "Sheinbaum"]),
        entity("United States Armed Forces", "ORG", "USA", ["US-Soldaten"]),
        entity("Ronald Johnson", "PER", "USA", ["US-Botschafter Ronald Johnson"]),
        entity("lawyers of Abigael González Valencia", "PER", "MEX", ["Die Anwälte von González Valencia"]),
        entity("judge in Mexico City", "PER", "MEX", ["Ein Richter in Mexiko-Stadt"]),
        entity("Rafael Caro Quintero", "PER", "MEX", ["den Drogenboss Rafael Caro Quintero"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("Sinaloa Cartel", "ORG", "MEX", ["das Sinaloa-Kartell"]),
    ],
}

# ---------------------------------------------------------------- hm495-de-03 (Panama, social security law)
MULINO = actor("José Raúl Mulino", "PAN", "GOV")
PAN_GOV = actor("Government of Panama", "PAN", "GOV")
PAN_ASSEMBLY = actor("National Assembly of Panama", "PAN", "LEG")
PAN_UNIONISTS = actor("Panamanian trade unionists", "PAN", "LAB")
PAN_TEACHERS = actor("Panamanian teachers", "PAN", "EDU")
PAN_STUDENTS = actor("Panamanian students", "PAN", "EDU")
PAN_POLICE = actor("National Police of Panama", "PAN", "COP")
PAN_PROTESTERS = actor("protesters in Panama City", "PAN", "CVL")
SUNTRACS = actor("Suntracs", "PAN", "LAB")
MENDEZ = actor("Saúl Méndez", "PAN", "LAB")
ASOPROF = actor("Asoprof", "PAN", "LAB")
ULLOA = actor("José Domingo Ulloa", "PAN", "REL")
PAN_UNIONS = actor("Panamanian trade unions", "PAN", "LAB")
IMF = actor("International Monetary Fund", "IGO", "IGO")

P1 = ("Panama-Stadt (dpa) - Trotz heftiger Proteste hat Panamas Parlament eine umstrittene Reform der "
      "Sozialversicherung verabschiedet.")
P2 = ("Präsident José Raúl Mulino unterzeichnete das Gesetz noch am Dienstagabend, wenige Stunden nach der "
      "Abstimmung in dritter Lesung, wie das Präsidialamt mitteilte.")
P3 = ("Die Reform soll die Pensionskasse der Sozialversicherungsanstalt CSS vor der Zahlungsunfähigkeit bewahren und "
      "erhöht schrittweise die Beiträge der Arbeitgeber.")
P4 = ("Vor dem Parlamentsgebäude in der Hauptstadt demonstrierten am Dienstag Tausende Gewerkschafter, Lehrer und "
      "Studenten gegen das Gesetz.")
P5 = "Die Polizei setzte Tränengas ein, als einige Demonstranten versuchten, eine Absperrung zu durchbrechen."
P6 = "Nach Angaben der Behörden wurden 14 Menschen festgenommen."
P7 = ("Die Bauarbeitergewerkschaft Suntracs warf der Regierung vor, die Ersparnisse der Arbeiter privaten Interessen "
      "auszuliefern.")
P8 = ("Ihr Generalsekretär Saúl Méndez drohte mit einem unbefristeten Generalstreik, sollte das Gesetz nicht "
      "zurückgenommen werden.")
P9 = "Auch die Lehrergewerkschaft Asoprof verlangte die Aufhebung der Reform."
P10 = "„Es gibt kein Zurück“, sagte Mulino am Mittwoch mit Blick auf die Forderungen der Gewerkschaften."
P11 = "Er warf Méndez vor, die Proteste für politische Zwecke zu missbrauchen."
P12 = "Méndez wies den Vorwurf zurück."
P13 = ("Der Erzbischof von Panama, José Domingo Ulloa, bot sich als Vermittler zwischen Regierung und Gewerkschaften "
       "an.")
P14 = "Die CSS gilt seit Jahren als hoch defizitär."
P15 = "Der Internationale Währungsfonds hatte Panama im vergangenen Jahr zu einer Reform des Rentensystems gedrängt."
P16 = "Die Regierung hatte im Januar nach Protesten auf eine Anhebung des Rentenalters verzichtet."
P17 = ("Bereits Ende 2023 hatten wochenlange Proteste und Straßenblockaden gegen einen Vertrag für eine große "
       "Kupfermine das Land lahmgelegt.")

DE03 = {
    "id": "hm495-de-03", "lang": "de", "url": None, "published": "2025-03-19",
    "title": "Panama: Mulino setzt umstrittene Rentenreform trotz Protesten in Kraft",
    "text": paragraphs([P1, P2, P3], [P4, P5, P6], [P7, P8, P9], [P10, P11, P12, P13], [P14, P15, P16, P17]),
    "events": [
        event("PROTEST", PAN_UNIONISTS, PAN_ASSEMBLY, P4, mode="demo", date="2025-03-18", location="Panama City",
              location_country="PAN"),
        event("PROTEST", PAN_TEACHERS, PAN_ASSEMBLY, P4, mode="demo", date="2025-03-18", location="Panama City",
              location_country="PAN"),
        event("PROTEST", PAN_STUDENTS, PAN_ASSEMBLY, P4, mode="demo", date="2025-03-18", location="Panama City",
              location_country="PAN"),
        event("COERCE", PAN_POLICE, PAN_PROTESTERS, P5, mode="crowd-control", location="Panama City",
              location_country="PAN"),
        event("COERCE", PAN_POLICE, PAN_PROTESTERS, P6, mode="arrest", location="Panama City",
              location_country="PAN"),
        event("ACCUSE", SUNTRACS, PAN_GOV, P7, mode="disapprove"),
        event("THREATEN", MENDEZ, PAN_GOV, P8),
        event("REQUEST", ASOPROF, PAN_GOV, P9, mode="change"),
        event("REJECT", MULINO, SUNTRACS, P10, mode="change", date="2025-03-19"),
        event("REJECT", MULINO, ASOPROF, P10, mode="change", date="2025-03-19"),
        event("ACCUSE", MULINO, MENDEZ, P11, mode="disapprove"),
        event("AGREE", ULLOA, PAN_GOV, P13),
        event("AGREE", ULLOA, PAN_UNIONS, P13),
        event("REQUEST", IMF, PAN_GOV, P15, mode="change"),
        event("CONCEDE", PAN_GOV, None, P16),
    ],
    "quotes": [
        quote("Präsident José Raúl Mulino unterzeichnete das Gesetz noch am Dienstagabend, wenige Stunden nach der "
              "Abstimmung in dritter Lesung", "Presidency of Panama", "indirect"),
        quote("Nach Angaben der Behörden wurden 14 Menschen festgenommen", "Panamanian authorities", "indirect"),
        quote("die Ersparnisse der Arbeiter privaten Interessen auszuliefern", "Suntracs", "indirect"),
        quote("Es gibt kein Zurück", "José Raúl Mulino", "direct"),
        quote("die Proteste für politische Zwecke zu missbrauchen", "José Raúl Mulino", "indirect"),
    ],
    "entities": [
        entity("Panama City", "LOC", "PAN", ["Panama-Stadt", "in der Hauptstadt"]),
        entity("National Assembly of Panama", "ORG", "PAN", ["Panamas Parlament", "dem Parlamentsgebäude"]),
        entity("José Raúl Mulino", "PER", "PAN", ["Präsident José Raúl Mulino", "Mulino", "Er"]),
        entity("Presidency of Panama", "ORG", "PAN", ["das Präsidialamt"]),
        entity("Social Security Fund of Panama", "ORG", "PAN", ["der Sozialversicherungsanstalt CSS", "Die CSS"]),
        entity("Panamanian trade unionists", "PER", "PAN", ["Tausende Gewerkschafter"]),
        entity("Panamanian teachers", "PER", "PAN", ["Lehrer"]),
        entity("Panamanian students", "PER", "PAN", ["Studenten"]),
        entity("National Police of Panama", "ORG", "PAN", ["Die Polizei"]),
        entity("protesters in Panama City", "PER", "PAN", ["einige Demonstranten", "14 Menschen"]),
        entity("Panamanian authorities", "ORG", "PAN", ["der Behörden"]),
        entity("Suntracs", "ORG", "PAN", ["Die Bauarbeitergewerkschaft Suntracs"]),
        entity("Government of Panama", "ORG", "PAN", ["der Regierung", "Regierung", "Die Regierung", "Panama"]),
        entity("Saúl Méndez", "PER", "PAN", ["Ihr Generalsekretär Saúl Méndez", "Méndez"]),
        entity("Asoprof", "ORG", "PAN", ["die Lehrergewerkschaft Asoprof"]),
        entity("Panamanian trade unions", "ORG", "PAN", ["der Gewerkschaften", "Gewerkschaften"]),
        entity("José Domingo Ulloa", "PER", "PAN", ["Der Erzbischof von Panama, José Domingo Ulloa"]),
        entity("International Monetary Fund", "ORG", "IGO", ["Der Internationale Währungsfonds"]),
        entity("Panama", "LOC", "PAN", ["das Land"]),
    ],
}

# ---------------------------------------------------------------- hm495-de-04 (Cuba, ETECSA protests)
CUB_STUDENTS = actor("Cuban university students", "CUB", "EDU")
ETECSA = actor("ETECSA", "CUB", "BUS")
FEU = actor("Federation of University Students", "CUB", "EDU")
VELAZQUEZ = actor("Tania Velázquez", "CUB", "BUS")
DIAZ_CANEL = actor("Miguel Díaz-Canel", "CUB", "GOV")
US_EMBASSY_HAV = actor("Embassy of the United States in Havana", "USA", "GOV")
CUB_GOV = actor("Government of Cuba", "CUB", "GOV")
NICADO = actor("Miriam Nicado", "CUB", "EDU")
CUB_COURTS = actor("Cuban courts", "CUB", "JUD")
JULY11_PROTESTERS = actor("protesters of July 2021", "CUB", "CVL")

C1 = ("Havanna (dpa) - In Kuba haben Studenten mehrerer Universitäten aus Protest gegen drastisch erhöhte Preise für "
      "mobiles Internet den Unterricht boykottiert.")
C2 = ("An der Fakultät für Mathematik und Informatik der Universität Havanna blieben die Hörsäle am Dienstag "
      "weitgehend leer.")
C3 = ("Der staatliche Telekommunikationsmonopolist Etecsa hatte Ende Mai angekündigt, dass Kunden nur noch ein "
      "monatliches Datenpaket von sechs Gigabyte in kubanischen Pesos kaufen können.")
C4 = "Zusätzliches Datenvolumen gibt es nur noch gegen US-Dollar, die die meisten Kubaner nicht besitzen."
C5 = ("Der Studentenverband FEU forderte die Rücknahme der Maßnahme und kritisierte, dass sie nicht mit den "
      "Betroffenen abgesprochen worden sei.")
C6 = "Etecsa-Präsidentin Tania Velázquez lehnte dies im Staatsfernsehen ab."
C7 = "Ohne die Dollar-Einnahmen könne das Unternehmen sein Netz nicht mehr instand halten, sagte sie."
C8 = "Zugleich bot Etecsa Studenten ein zusätzliches vergünstigtes Datenpaket an."
C9 = ("Präsident Miguel Díaz-Canel warf den USA vor, die Unzufriedenheit über soziale Netzwerke gezielt "
      "anzuheizen.")
C10 = "„Der Feind will unsere Jugend gegen die Revolution aufbringen“, schrieb er auf der Plattform X."
C11 = ("Die US-Botschaft in Havanna erklärte dagegen, die Regierung wolle den Zugang der Bevölkerung zu unabhängigen "
       "Informationen beschränken.")
C12 = ("Die Rektorin der Universität Havanna, Miriam Nicado, drohte Studenten, die weiter dem Unterricht "
       "fernbleiben, mit Disziplinarmaßnahmen.")
C13 = "Mehrere Studentenvertreter berichteten von Druck durch Parteifunktionäre."
C14 = "Kuba leidet unter der schwersten Wirtschaftskrise seit Jahrzehnten."
C15 = "Im vergangenen Jahr hatten landesweite Stromausfälle wiederholt Unmut ausgelöst."
C16 = ("Nach den Massenprotesten vom Juli 2021 hatten Gerichte Hunderte Demonstranten zu langen Haftstrafen "
       "verurteilt.")

DE04 = {
    "id": "hm495-de-04", "lang": "de", "url": None, "published": "2025-06-04",
    "title": "Kubas Studenten boykottieren Unterricht wegen teurem Internet",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11], [C12, C13], [C14, C15, C16]),
    "events": [
        event("PROTEST", CUB_STUDENTS, ETECSA, C1, mode="boycott", location_country="CUB"),
        event("REQUEST", FEU, ETECSA, C5, mode="change"),
        event("ACCUSE", FEU, ETECSA, C5, mode="disapprove"),
        event("REJECT", VELAZQUEZ, FEU, C6, mode="change"),
        event("AGREE", ETECSA, CUB_STUDENTS, C8),
        event("ACCUSE", DIAZ_CANEL, USA_GOV, C9, mode="allege"),
        event("ACCUSE", DIAZ_CANEL, USA_GOV, C10, mode="allege"),
        event("ACCUSE", US_EMBASSY_HAV, CUB_GOV, C11, mode="allege"),
        event("THREATEN", NICADO, CUB_STUDENTS, C12),
        event("SANCTION", CUB_COURTS, JULY11_PROTESTERS, C16, mode="convict"),
    ],
    "quotes": [
        quote("dass Kunden nur noch ein monatliches Datenpaket von sechs Gigabyte in kubanischen Pesos kaufen können",
              "ETECSA", "indirect"),
        quote("dass sie nicht mit den Betroffenen abgesprochen worden sei", "Federation of University Students",
              "indirect"),
        quote("Ohne die Dollar-Einnahmen könne das Unternehmen sein Netz nicht mehr instand halten", "Tania Velázquez",
              "indirect"),
        quote("die Unzufriedenheit über soziale Netzwerke gezielt anzuheizen", "Miguel Díaz-Canel", "indirect"),
        quote("Der Feind will unsere Jugend gegen die Revolution aufbringen", "Miguel Díaz-Canel", "direct"),
        quote("die Regierung wolle den Zugang der Bevölkerung zu unabhängigen Informationen beschränken",
              "Embassy of the United States in Havana", "indirect"),
    ],
    "entities": [
        entity("Havana", "LOC", "CUB", ["Havanna"]),
        entity("Cuba", "LOC", "CUB", ["Kuba"]),
        entity("Cuban university students", "PER", "CUB", ["Studenten mehrerer Universitäten", "Studenten"]),
        entity("University of Havana", "ORG", "CUB",
               ["der Fakultät für Mathematik und Informatik der Universität Havanna", "der Universität Havanna"]),
        entity("ETECSA", "ORG", "CUB", ["Der staatliche Telekommunikationsmonopolist Etecsa", "Etecsa",
                                        "das Unternehmen"]),
        entity("Cubans", "PER", "CUB", ["die meisten Kubaner"]),
        entity("Federation of University Students", "ORG", "CUB", ["Der Studentenverband FEU"]),
        entity("Tania Velázquez", "PER", "CUB", ["Etecsa-Präsidentin Tania Velázquez", "sie"]),
        entity("Miguel Díaz-Canel", "PER", "CUB", ["Präsident Miguel Díaz-Canel", "er"]),
        entity("Government of the United States", "ORG", "USA", ["den USA", "Der Feind"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Embassy of the United States in Havana", "ORG", "USA", ["Die US-Botschaft in Havanna"]),
        entity("Government of Cuba", "ORG", "CUB", ["die Regierung"]),
        entity("Miriam Nicado", "PER", "CUB", ["Die Rektorin der Universität Havanna, Miriam Nicado"]),
        entity("student representatives", "PER", "CUB", ["Mehrere Studentenvertreter"]),
        entity("Communist Party of Cuba", "ORG", "CUB", ["Parteifunktionäre"]),
        entity("Cuban courts", "ORG", "CUB", ["Gerichte"]),
        entity("protesters of July 2021", "PER", "CUB", ["Hunderte Demonstranten"]),
    ],
}

# ---------------------------------------------------------------- hm495-en-01 (US, Hunter Biden convicted)
DEL_COURT = actor("United States District Court for the District of Delaware", "USA", "JUD")
HUNTER = actor("Hunter Biden", "USA", "CVL")
US_PROSECUTORS = actor("United States federal prosecutors", "USA", "JUD")
JOE_BIDEN = actor("Joe Biden", "USA", "GOV")
TRUMP_CAMPAIGN = actor("Donald Trump presidential campaign", "USA", "PTY")
COMER = actor("James Comer", "USA", "LEG")
US_DOJ_EN = actor("United States Department of Justice", "USA", "GOV")
NOREIKA = actor("Maryellen Noreika", "USA", "JUD")
WEISS = actor("David Weiss", "USA", "JUD")

H1 = ("WILMINGTON, Del. (AP) — Hunter Biden was convicted Tuesday of all three felony charges over his purchase of a "
      "gun in 2018, the first time a child of a sitting U.S. president has been found guilty of a crime.")
H2 = "The jury of twelve Delaware residents deliberated for about three hours over two days before reaching its verdict."
H3 = ("Prosecutors had argued that Biden lied on a federal form when he said he was not using illegal drugs at the "
      "time he bought the revolver.")
H4 = ("Hunter Biden showed little emotion as the verdict was read, then hugged his lawyers and his wife, Melissa "
      "Cohen Biden.")
H5 = "\"No one in this country is above the law,\" special counsel David Weiss told reporters outside the courthouse."
H6 = "He said the case had been about illegal drug use and the danger it poses when combined with guns."
H7 = ("Defense attorney Abbe Lowell said the team would \"vigorously pursue all the legal challenges available\" to "
      "his client.")
H8 = ("President Joe Biden said in a statement that he loved his son and would respect the judicial process as Hunter "
      "considers an appeal.")
H9 = "The president had told ABC News last week that he would not pardon his son."
H10 = "First lady Jill Biden attended most of the trial, sitting in the front row of the public gallery."
H11 = ("Donald Trump's campaign called the trial \"nothing more than a distraction\" from what it described as the "
       "crimes of the Biden family.")
H12 = ("House Oversight Committee Chairman James Comer, a Republican, accused the Justice Department of having offered "
       "Hunter Biden a \"sweetheart deal\" last year.")
H13 = ("That plea agreement fell apart in July 2023 after U.S. District Judge Maryellen Noreika declined to accept it "
       "as written.")
H14 = "Weiss then filed the gun charges in Delaware and separate tax charges in California."
H15 = "Noreika has not yet set a sentencing date, though such hearings usually take place within 120 days."
H16 = "The tax trial is scheduled to begin in Los Angeles in September."

EN01 = {
    "id": "hm495-en-01", "lang": "en", "url": None, "published": "2024-06-11",
    "title": "Hunter Biden convicted on all three felony charges in federal gun case",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7], [H8, H9, H10], [H11, H12], [H13, H14, H15, H16]),
    "events": [
        event("SANCTION", DEL_COURT, HUNTER, H1, mode="convict", date="2024-06-11", location="Wilmington",
              location_country="USA"),
        event("ACCUSE", US_PROSECUTORS, HUNTER, H3, mode="allege"),
        event("CONCEDE", JOE_BIDEN, HUNTER, H9, negated=True),
        event("ACCUSE", TRUMP_CAMPAIGN, JOE_BIDEN, H11, mode="disapprove"),
        event("ACCUSE", COMER, US_DOJ_EN, H12, mode="allege"),
        event("REJECT", NOREIKA, HUNTER, H13),
        event("ACCUSE", WEISS, HUNTER, H14, mode="allege"),
    ],
    "quotes": [
        quote("that Biden lied on a federal form when he said he was not using illegal drugs at the time he bought the "
              "revolver", "United States federal prosecutors", "indirect"),
        quote("No one in this country is above the law", "David Weiss", "direct"),
        quote("the case had been about illegal drug use and the danger it poses when combined with guns",
              "David Weiss", "indirect"),
        quote("vigorously pursue all the legal challenges available", "Abbe Lowell", "direct"),
        quote("the team would \"vigorously pursue all the legal challenges available\" to his client", "Abbe Lowell",
              "indirect"),
        quote("that he loved his son and would respect the judicial process as Hunter considers an appeal",
              "Joe Biden", "indirect"),
        quote("that he would not pardon his son", "Joe Biden", "indirect"),
        quote("nothing more than a distraction", "Donald Trump presidential campaign", "direct"),
        quote("sweetheart deal", "James Comer", "direct"),
    ],
    "entities": [
        entity("Wilmington", "LOC", "USA", ["WILMINGTON, Del."]),
        entity("Hunter Biden", "PER", "USA", ["Hunter Biden", "Biden", "he", "his son", "his client", "Hunter"]),
        entity("United States", "LOC", "USA", ["U.S."]),
        entity("jury of twelve Delaware residents", "ORG", "USA", ["The jury of twelve Delaware residents", "its"]),
        entity("Delaware", "LOC", "USA", ["Delaware"]),
        entity("United States federal prosecutors", "ORG", "USA", ["Prosecutors"]),
        entity("Melissa Cohen Biden", "PER", "USA", ["his wife, Melissa Cohen Biden"]),
        entity("David Weiss", "PER", "USA", ["special counsel David Weiss", "He", "Weiss"]),
        entity("Abbe Lowell", "PER", "USA", ["Defense attorney Abbe Lowell"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "he", "The president"]),
        entity("ABC News", "ORG", "USA", ["ABC News"]),
        entity("Jill Biden", "PER", "USA", ["First lady Jill Biden"]),
        entity("Donald Trump presidential campaign", "ORG", "USA", ["Donald Trump's campaign", "it"]),
        entity("Donald Trump", "PER", "USA", ["Donald Trump's"]),
        entity("Biden family", "PER", "USA", ["the Biden family"]),
        entity("James Comer", "PER", "USA", ["House Oversight Committee Chairman James Comer, a Republican"]),
        entity("House Oversight Committee", "ORG", "USA", ["House Oversight Committee"]),
        entity("United States Department of Justice", "ORG", "USA", ["the Justice Department"]),
        entity("Maryellen Noreika", "PER", "USA", ["U.S. District Judge Maryellen Noreika", "Noreika"]),
        entity("California", "LOC", "USA", ["California"]),
        entity("Los Angeles", "LOC", "USA", ["Los Angeles"]),
    ],
}

# ---------------------------------------------------------------- hm495-en-02 (Canada/Israel, sanctions on ministers)
CAN_GOV_EN = actor("Government of Canada", "CAN", "GOV")
BEN_GVIR = actor("Itamar Ben-Gvir", "ISR", "GOV")
SMOTRICH = actor("Bezalel Smotrich", "ISR", "GOV")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")
NZL_GOV = actor("Government of New Zealand", "NZL", "GOV")
NOR_GOV = actor("Government of Norway", "NOR", "GOV")
ANAND = actor("Anita Anand", "CAN", "GOV")
SAAR = actor("Gideon Saar", "ISR", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
PSE_MFA = actor("Palestinian Ministry of Foreign Affairs", "PSE", "GOV")
SETTLERS = actor("Israeli settlers", "ISR", "CVL")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")

S1 = ("OTTAWA (AP) — Canada on Tuesday imposed sanctions on two far-right Israeli Cabinet ministers, Itamar Ben-Gvir "
      "and Bezalel Smotrich, accusing them of inciting violence against Palestinians in the occupied West Bank.")
S2 = ("Britain, Australia, New Zealand and Norway announced the same asset freezes and travel bans against the two "
      "men in a coordinated move.")
S3 = ("Foreign Minister Anita Anand said the ministers had encouraged settler attacks and the forced displacement of "
      "Palestinian communities.")
S4 = "\"These sanctions are not directed at the people of Israel,\" Anand said in a statement."
S5 = "She said Canada remained committed to a ceasefire in Gaza, the release of all hostages and a two-state solution."
S6 = ("Israeli Foreign Minister Gideon Saar called Canada's decision \"outrageous\" and said the government would hold "
      "a special meeting next week to decide on its response.")
S7 = "Smotrich accused Ottawa of \"rewarding terrorism\" and said Israel would not be deterred."
S8 = "Ben-Gvir wrote on X that he would not be intimidated."
S9 = "In Washington, Secretary of State Marco Rubio condemned the move and urged Canada to reverse it."
S10 = "\"These sanctions do not advance U.S.-led efforts to achieve a ceasefire,\" Rubio said."
S11 = "The Palestinian Foreign Ministry welcomed the step."
S12 = "Ottawa has already sanctioned more than a dozen violent settlers since last year."
S13 = "Last year, Canada also halted new arms export permits to Israel after a vote in the House of Commons."
S14 = ("Ben-Gvir and Smotrich lead two far-right parties that keep Prime Minister Benjamin Netanyahu's coalition in "
       "power.")
S15 = "Netanyahu's office did not immediately respond to a request for comment."

EN02 = {
    "id": "hm495-en-02", "lang": "en", "url": None, "published": "2025-06-10",
    "title": "Canada and allies sanction Israeli ministers Ben-Gvir and Smotrich",
    "text": paragraphs([S1, S2, S3, S4, S5], [S6, S7, S8], [S9, S10, S11], [S12, S13, S14, S15]),
    "events": [
        event("SANCTION", CAN_GOV_EN, BEN_GVIR, S1, date="2025-06-10"),
        event("SANCTION", CAN_GOV_EN, SMOTRICH, S1, date="2025-06-10"),
        event("ACCUSE", CAN_GOV_EN, BEN_GVIR, S1, mode="allege", date="2025-06-10"),
        event("ACCUSE", CAN_GOV_EN, SMOTRICH, S1, mode="allege", date="2025-06-10"),
        event("SANCTION", GBR_GOV, BEN_GVIR, S2),
        event("SANCTION", GBR_GOV, SMOTRICH, S2),
        event("SANCTION", AUS_GOV, BEN_GVIR, S2),
        event("SANCTION", AUS_GOV, SMOTRICH, S2),
        event("SANCTION", NZL_GOV, BEN_GVIR, S2),
        event("SANCTION", NZL_GOV, SMOTRICH, S2),
        event("SANCTION", NOR_GOV, BEN_GVIR, S2),
        event("SANCTION", NOR_GOV, SMOTRICH, S2),
        event("ACCUSE", ANAND, BEN_GVIR, S3, mode="allege"),
        event("ACCUSE", ANAND, SMOTRICH, S3, mode="allege"),
        event("ACCUSE", SAAR, CAN_GOV_EN, S6, mode="disapprove"),
        event("ACCUSE", SMOTRICH, CAN_GOV_EN, S7, mode="disapprove"),
        event("ACCUSE", RUBIO, CAN_GOV_EN, S9, mode="disapprove"),
        event("REQUEST", RUBIO, CAN_GOV_EN, S9, mode="change"),
        event("SUPPORT", PSE_MFA, CAN_GOV_EN, S11),
        event("SANCTION", CAN_GOV_EN, SETTLERS, S12),
        event("SANCTION", CAN_GOV_EN, ISR_GOV, S13, mode="discontinue"),
    ],
    "quotes": [
        quote("the ministers had encouraged settler attacks and the forced displacement of Palestinian communities",
              "Anita Anand", "indirect"),
        quote("These sanctions are not directed at the people of Israel", "Anita Anand", "direct"),
        quote("Canada remained committed to a ceasefire in Gaza, the release of all hostages and a two-state solution",
              "Anita Anand", "indirect"),
        quote("outrageous", "Gideon Saar", "direct"),
        quote("the government would hold a special meeting next week to decide on its response", "Gideon Saar",
              "indirect"),
        quote("rewarding terrorism", "Bezalel Smotrich", "direct"),
        quote("Israel would not be deterred", "Bezalel Smotrich", "indirect"),
        quote("that he would not be intimidated", "Itamar Ben-Gvir", "indirect"),
        quote("These sanctions do not advance U.S.-led efforts to achieve a ceasefire", "Marco Rubio", "direct"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["OTTAWA"]),
        entity("Government of Canada", "ORG", "CAN", ["Canada", "Canada's", "Ottawa"]),
        entity("Itamar Ben-Gvir", "PER", "ISR", ["Itamar Ben-Gvir", "Ben-Gvir", "he"]),
        entity("Bezalel Smotrich", "PER", "ISR", ["Bezalel Smotrich", "Smotrich"]),
        entity("Palestinians", "PER", "PSE", ["Palestinians"]),
        entity("West Bank", "LOC", "PSE", ["the occupied West Bank"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["Britain"]),
        entity("Government of Australia", "ORG", "AUS", ["Australia"]),
        entity("Government of New Zealand", "ORG", "NZL", ["New Zealand"]),
        entity("Government of Norway", "ORG", "NOR", ["Norway"]),
        entity("Anita Anand", "PER", "CAN", ["Foreign Minister Anita Anand", "Anand", "She"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Gideon Saar", "PER", "ISR", ["Israeli Foreign Minister Gideon Saar"]),
        entity("Government of Israel", "ORG", "ISR", ["the government", "Israel"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio", "Rubio"]),
        entity("Palestinian Ministry of Foreign Affairs", "ORG", "PSE", ["The Palestinian Foreign Ministry"]),
        entity("Israeli settlers", "PER", "ISR", ["more than a dozen violent settlers"]),
        entity("House of Commons of Canada", "ORG", "CAN", ["the House of Commons"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Prime Minister Benjamin Netanyahu's", "Netanyahu's"]),
        entity("Office of the Prime Minister of Israel", "ORG", "ISR", ["Netanyahu's office"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
