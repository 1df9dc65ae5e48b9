"""Round 375: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm375-de-01: Mexico: the federal attorney general's office (FGR) disputes Sinaloa prosecutors' account that politician Héctor Melesio Cuén was shot in a petrol-station robbery and takes over the murder case; Zambada's letter says he was lured to a meeting with Cuén and Governor Rocha Moya and abducted by Joaquín Guzmán López, Rocha Moya says he was in Los Angeles, López Obrador backs him, the PAN asks him to step aside, the Partido Sinaloense accuses the state prosecutors, Mexico's request to Washington and Salazar's remark recalled (2024-08-13).
- hm375-de-02: Canada: Doug Ford's Progressive Conservatives win a third straight majority in Ontario's snap election; Ford threatens Trump in his victory speech and plans another Washington trip, Stiles attacks the costly early vote, Crombie loses her seat and concedes, Trudeau and Poilievre congratulate, Trump's paused 25% tariffs and Ford's threat to cut power to Michigan, New York and Minnesota recalled (2025-02-28).
- hm375-de-03: United States: Judge Allison Burroughs blocks the Department of Homeland Security's revocation of Harvard's certification to enrol international students; Noem's order, accusations and 72-hour demand, Harvard's lawsuit and Garber's criticism, April refusal and $2 billion grant freeze recalled, China's Mao Ning objects, Trump demands Harvard change (2025-05-23).
- hm375-de-04: Canada: WestJet and the aircraft mechanics' union AMFA reach a deal ending a strike that grounded more than 800 flights over the Canada Day weekend; the union struck despite the CIRB's arbitration order requested by MacKinnon, WestJet accuses the union, MacKinnon calls both sides back to talks, Singh backs the strikers and attacks the government, last year's pilots' deal recalled (2024-07-01).
- hm375-en-01: United States: Judge Geoffrey Crawford orders the release of Columbia student Mohsen Mahdawi, arrested by ICE at his citizenship interview in Colchester, Vermont; supporters cheer, the administration's accusation and DHS's planned appeal, Khalil's detention, Sanders, Welch and Balint had condemned the arrest and demanded his release, Welch welcomes the ruling, Judge Sessions' earlier order (2025-04-30).
- hm375-en-02: Mexico: Chiapas prosecutors arrest a suspect in the killing of Tsotsil priest Marcelo Pérez in San Cristóbal de las Casas and say he was paid; Sheinbaum condemns and pledges federal support, Interior Secretary Rodríguez meets Bishop Aguilar and the diocese, the diocese demands an inquiry and criticises the authorities, the bishops' conference and the UN rights office react, parishioners march (2024-10-22).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm375-de-01 (Mexico, Cuén case and Zambada's letter)
FGR = actor("Attorney General's Office of Mexico", "MEX", "JUD")
SIN_PROSECUTORS = actor("Sinaloa State Prosecutor's Office", "MEX", "JUD")
US_LAW_ENFORCEMENT = actor("United States law enforcement authorities", "USA", "COP")
ZAMBADA = actor("Ismael Zambada", "MEX", "REB")
GUZMAN_LOPEZ = actor("Joaquín Guzmán López", "MEX", "REB")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
ROCHA_MOYA = actor("Rubén Rocha Moya", "MEX", "GOV")
PAN = actor("National Action Party", "MEX", "PTY")
PAS = actor("Partido Sinaloense", "MEX", "PTY")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")

K1 = ("Mexiko-Stadt (dpa) - Im Fall des getöteten mexikanischen Politikers Héctor Melesio Cuén hat die "
      "Generalstaatsanwaltschaft die Darstellung der Behörden im Bundesstaat Sinaloa in Zweifel gezogen.")
K2 = ("Cuén sei nicht, wie von der Staatsanwaltschaft Sinaloas behauptet, bei einem Raubüberfall an einer Tankstelle am "
      "Stadtrand von Culiacán erschossen worden, teilte die Bundesbehörde FGR am Montag mit.")
K3 = ("Die Ermittler hätten Hinweise darauf, dass die Leiche des früheren Rektors der Autonomen Universität Sinaloa "
      "nachträglich an die Tankstelle gebracht worden sei.")
K4 = "Die FGR hat den Fall inzwischen an sich gezogen und ermittelt wegen Mordes."
K5 = ("Der Gründer der Regionalpartei Partido Sinaloense war am 25. Juli ums Leben gekommen – am selben Tag, an dem der "
      "mutmaßliche Chef des Sinaloa-Kartells, Ismael „El Mayo“ Zambada, im US-Bundesstaat New Mexico festgenommen "
      "wurde.")
K6 = ("Zambada hatte am Wochenende über seinen Anwalt eine Erklärung verbreiten lassen, wonach er an jenem Tag unter "
      "einem Vorwand zu einem Treffen mit Cuén und Gouverneur Rubén Rocha Moya in der Nähe von Culiacán gelockt und dort "
      "entführt worden sei.")
K7 = ("Verschleppt habe ihn Joaquín Guzmán López, ein Sohn des in den USA inhaftierten Kartellgründers Joaquín „El "
      "Chapo“ Guzmán, der ihn gegen seinen Willen in ein Flugzeug in die USA gesetzt habe.")
K8 = "Cuén sei am selben Ort und zur selben Zeit getötet worden, heißt es in dem Schreiben."
K9 = "Rocha Moya wies die Darstellung zurück."
K10 = "Er sei an jenem Tag in Los Angeles gewesen, sagte der Gouverneur von der Regierungspartei Morena."
K11 = "Präsident Andrés Manuel López Obrador stellte sich hinter den Parteifreund."
K12 = "„Der Gouverneur hat unser volles Vertrauen“, sagte er bei seiner morgendlichen Pressekonferenz."
K13 = ("Die oppositionelle PAN forderte Rocha Moya dagegen auf, sein Amt bis zum Abschluss der Ermittlungen ruhen zu "
       "lassen.")
K14 = ("Die Partido Sinaloense verlangte eine lückenlose Aufklärung und warf der Landesstaatsanwaltschaft vor, den Mord "
       "an ihrem Gründer vertuschen zu wollen.")
K15 = ("Cuén hatte sich in den vergangenen Jahren einen erbitterten Machtkampf mit Rocha Moya um die Kontrolle der "
       "Universität geliefert.")
K16 = ("Die mexikanische Regierung hatte Washington bereits Ende Juli um Auskunft über die Umstände von Zambadas "
       "Festnahme gebeten.")
K17 = "US-Botschafter Ken Salazar erklärte später, Zambada sei gegen seinen Willen in die USA gebracht worden."

DE01 = {
    "id": "hm375-de-01", "lang": "de", "url": None, "published": "2024-08-13",
    "title": "Mexikos Generalstaatsanwaltschaft zweifelt an Version zum Tod von Politiker Cuén",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9, K10, K11, K12], [K13, K14, K15], [K16, K17]),
    "events": [
        event("ACCUSE", FGR, SIN_PROSECUTORS, K1, mode="allege"),
        event("ACCUSE", FGR, SIN_PROSECUTORS, K2, mode="allege", date="2024-08-12"),
        event("ACCUSE", FGR, None, K4, mode="investigate"),
        event("COERCE", US_LAW_ENFORCEMENT, ZAMBADA, K5, mode="arrest", date="2024-07-25", location="New Mexico",
              location_country="USA"),
        event("ACCUSE", ZAMBADA, GUZMAN_LOPEZ, K7, mode="allege"),
        event("SUPPORT", AMLO, ROCHA_MOYA, K11),
        event("SUPPORT", AMLO, ROCHA_MOYA, K12),
        event("REQUEST", PAN, ROCHA_MOYA, K13, mode="change"),
        event("REQUEST", PAS, None, K14),
        event("ACCUSE", PAS, SIN_PROSECUTORS, K14, mode="allege"),
        event("REQUEST", MEX_GOV, USA_GOV, K16),
    ],
    "quotes": [
        quote("Cuén sei nicht, wie von der Staatsanwaltschaft Sinaloas behauptet, bei einem Raubüberfall an einer "
              "Tankstelle am Stadtrand von Culiacán erschossen worden", "Attorney General's Office of Mexico",
              "indirect"),
        quote("Die Ermittler hätten Hinweise darauf, dass die Leiche des früheren Rektors der Autonomen Universität "
              "Sinaloa nachträglich an die Tankstelle gebracht worden sei", "Attorney General's Office of Mexico",
              "indirect"),
        quote("er an jenem Tag unter einem Vorwand zu einem Treffen mit Cuén und Gouverneur Rubén Rocha Moya in der Nähe "
              "von Culiacán gelockt und dort entführt worden sei", "Ismael Zambada", "indirect"),
        quote("Verschleppt habe ihn Joaquín Guzmán López, ein Sohn des in den USA inhaftierten Kartellgründers Joaquín "
              "„El Chapo“ Guzmán, der ihn gegen seinen Willen in ein Flugzeug in die USA gesetzt habe", "Ismael Zambada",
              "indirect"),
        quote("Cuén sei am selben Ort und zur selben Zeit getötet worden", "Ismael Zambada", "indirect"),
        quote("Er sei an jenem Tag in Los Angeles gewesen", "Rubén Rocha Moya", "indirect"),
        quote("Der Gouverneur hat unser volles Vertrauen", "Andrés Manuel López Obrador", "direct"),
        quote("den Mord an ihrem Gründer vertuschen zu wollen", "Partido Sinaloense", "indirect"),
        quote("Zambada sei gegen seinen Willen in die USA gebracht worden", "Ken Salazar", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Mexico", "LOC", "MEX", ["mexikanischen"]),
        entity("Héctor Melesio Cuén", "PER", "MEX", ["Héctor Melesio Cuén", "Cuén", "des früheren Rektors der "
                                                     "Autonomen Universität Sinaloa",
                                                     "Der Gründer der Regionalpartei Partido Sinaloense",
                                                     "ihrem Gründer"]),
        entity("Attorney General's Office of Mexico", "ORG", "MEX", ["die Generalstaatsanwaltschaft",
                                                                    "die Bundesbehörde FGR", "Die Ermittler",
                                                                    "Die FGR"]),
        entity("Sinaloa", "LOC", "MEX", ["im Bundesstaat Sinaloa"]),
        entity("Sinaloa State Prosecutor's Office", "ORG", "MEX", ["der Behörden im Bundesstaat Sinaloa",
                                                                  "der Staatsanwaltschaft Sinaloas",
                                                                  "der Landesstaatsanwaltschaft"]),
        entity("Culiacán", "LOC", "MEX", ["Culiacán"]),
        entity("Autonomous University of Sinaloa", "ORG", "MEX", ["der Autonomen Universität Sinaloa",
                                                                 "der Universität"]),
        entity("Partido Sinaloense", "ORG", "MEX", ["der Regionalpartei Partido Sinaloense", "Die Partido Sinaloense"]),
        entity("Ismael Zambada", "PER", "MEX", ["Ismael „El Mayo“ Zambada", "Zambada", "er", "ihn", "Zambadas"]),
        entity("Sinaloa Cartel", "ORG", "MEX", ["des Sinaloa-Kartells"]),
        entity("New Mexico", "LOC", "USA", ["im US-Bundesstaat New Mexico"]),
        entity("United States", "LOC", "USA", ["in den USA", "in die USA"]),
        entity("Frank Pérez", "PER", "USA", ["seinen Anwalt"]),
        entity("Rubén Rocha Moya", "PER", "MEX", ["Gouverneur Rubén Rocha Moya", "Rocha Moya", "Er",
                                                 "der Gouverneur von der Regierungspartei Morena",
                                                 "den Parteifreund", "Der Gouverneur"]),
        entity("Joaquín Guzmán López", "PER", "MEX", ["Joaquín Guzmán López", "ein Sohn des in den USA inhaftierten "
                                                                             "Kartellgründers"]),
        entity("Joaquín Guzmán Loera", "PER", "MEX", ["Kartellgründers Joaquín „El Chapo“ Guzmán"]),
        entity("Los Angeles", "LOC", "USA", ["Los Angeles"]),
        entity("Morena", "ORG", "MEX", ["der Regierungspartei Morena"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Präsident Andrés Manuel López Obrador", "er"]),
        entity("National Action Party", "ORG", "MEX", ["Die oppositionelle PAN"]),
        entity("Government of Mexico", "ORG", "MEX", ["Die mexikanische Regierung"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Ken Salazar", "PER", "USA", ["US-Botschafter Ken Salazar"]),
    ],
}

# ---------------------------------------------------------------- hm375-de-02 (Canada, Ontario snap election)
FORD = actor("Doug Ford", "CAN", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
US_CONGRESS = actor("members of the United States Congress", "USA", "LEG")
US_GOVERNORS = actor("United States state governors", "USA", "GOV")
STILES = actor("Marit Stiles", "CAN", "OPP")
CROMBIE = actor("Bonnie Crombie", "CAN", "OPP")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
MICHIGAN = actor("State of Michigan", "USA", "GOV")
NEW_YORK = actor("State of New York", "USA", "GOV")
MINNESOTA = actor("State of Minnesota", "USA", "GOV")

O1 = ("Toronto (dpa) - Der Regierungschef der kanadischen Provinz Ontario, Doug Ford, hat mit seinen Progressiven "
      "Konservativen zum dritten Mal in Folge eine absolute Mehrheit gewonnen.")
O2 = ("Die Partei kam bei der vorgezogenen Wahl am Donnerstag nach Angaben der Wahlbehörde Elections Ontario auf 80 der "
      "124 Sitze im Provinzparlament.")
O3 = ("Ford hatte die Abstimmung mehr als ein Jahr vor dem regulären Termin angesetzt und dies mit dem Zollstreit mit "
      "den USA begründet.")
O4 = ("Er brauche ein starkes Mandat, um der Regierung in Washington die Stirn zu bieten, hatte der 60-Jährige im "
      "Wahlkampf immer wieder gesagt.")
O5 = "In seiner Siegesrede in Toronto wandte sich Ford direkt an US-Präsident Donald Trump."
O6 = "„Wenn Sie unsere Arbeiter angreifen, werden wir mit allem zurückschlagen, was wir haben“, sagte er."
O7 = ("Zugleich kündigte er an, in den kommenden Wochen erneut nach Washington zu reisen, um mit Kongressabgeordneten "
      "und Gouverneuren über den Handel zu sprechen.")
O8 = "Die Neue Demokratische Partei (NDP) von Marit Stiles bleibt mit 27 Mandaten stärkste Oppositionskraft."
O9 = ("Stiles warf Ford vor, die Provinz ohne Not in eine 189 Millionen Kanadische Dollar teure Wahl getrieben zu "
      "haben.")
O10 = ("Die Liberalen verbesserten sich auf 14 Sitze, ihre Vorsitzende Bonnie Crombie verlor jedoch ihren eigenen "
       "Wahlkreis in Mississauga.")
O11 = "Crombie räumte die Niederlage ein und gratulierte Ford, kündigte aber an, Parteichefin bleiben zu wollen."
O12 = "Premierminister Justin Trudeau beglückwünschte Ford auf der Plattform X zum Wahlsieg."
O13 = "„Wir werden weiter Seite an Seite für die Arbeitsplätze in Ontario kämpfen“, schrieb er."
O14 = "Auch der konservative Oppositionsführer im Bundesparlament, Pierre Poilievre, gratulierte."
O15 = ("Trump hatte Anfang Februar Zölle von 25 Prozent auf nahezu alle Einfuhren aus Kanada angeordnet, sie nach einem "
       "Telefonat mit Trudeau aber für 30 Tage ausgesetzt.")
O16 = "Die Frist läuft am kommenden Dienstag ab."
O17 = "Ford hatte für diesen Fall gedroht, die Stromlieferungen nach Michigan, New York und Minnesota zu kappen."
O18 = "Die Wahlbeteiligung lag bei rund 45 Prozent."

DE02 = {
    "id": "hm375-de-02", "lang": "de", "url": None, "published": "2025-02-28",
    "title": "Ford gewinnt Wahl in Ontario und droht Trump",
    "text": paragraphs([O1, O2, O3, O4], [O5, O6, O7], [O8, O9, O10, O11], [O12, O13, O14], [O15, O16, O17, O18]),
    "events": [
        event("THREATEN", FORD, TRUMP, O6, location="Toronto", location_country="CAN"),
        event("AGREE", FORD, US_CONGRESS, O7, mode="meet"),
        event("AGREE", FORD, US_GOVERNORS, O7, mode="meet"),
        event("ACCUSE", STILES, FORD, O9, mode="disapprove"),
        event("CONCEDE", CROMBIE, FORD, O11),
        event("SUPPORT", CROMBIE, FORD, O11),
        event("SUPPORT", TRUDEAU, FORD, O12),
        event("SUPPORT", POILIEVRE, FORD, O14),
        event("SANCTION", TRUMP, CAN_GOV, O15, mode="discontinue"),
        event("CONSULT", TRUMP, TRUDEAU, O15, mode="phone"),
        event("CONCEDE", TRUMP, CAN_GOV, O15),
        event("THREATEN", FORD, MICHIGAN, O17),
        event("THREATEN", FORD, NEW_YORK, O17),
        event("THREATEN", FORD, MINNESOTA, O17),
    ],
    "quotes": [
        quote("Die Partei kam bei der vorgezogenen Wahl am Donnerstag nach Angaben der Wahlbehörde Elections Ontario auf "
              "80 der 124 Sitze im Provinzparlament", "Elections Ontario", "indirect"),
        quote("Er brauche ein starkes Mandat, um der Regierung in Washington die Stirn zu bieten", "Doug Ford",
              "indirect"),
        quote("Wenn Sie unsere Arbeiter angreifen, werden wir mit allem zurückschlagen, was wir haben", "Doug Ford",
              "direct"),
        quote("die Provinz ohne Not in eine 189 Millionen Kanadische Dollar teure Wahl getrieben zu haben",
              "Marit Stiles", "indirect"),
        quote("Wir werden weiter Seite an Seite für die Arbeitsplätze in Ontario kämpfen", "Justin Trudeau", "direct"),
    ],
    "entities": [
        entity("Toronto", "LOC", "CAN", ["Toronto"]),
        entity("Canada", "LOC", "CAN", ["kanadischen", "Kanada"]),
        entity("Ontario", "LOC", "CAN", ["Provinz Ontario", "die Provinz", "Ontario"]),
        entity("Doug Ford", "PER", "CAN", ["Der Regierungschef der kanadischen Provinz Ontario, Doug Ford", "Ford", "Er",
                                           "der 60-Jährige", "er"]),
        entity("Progressive Conservative Party of Ontario", "ORG", "CAN", ["seinen Progressiven Konservativen",
                                                                          "Die Partei"]),
        entity("Elections Ontario", "ORG", "CAN", ["der Wahlbehörde Elections Ontario"]),
        entity("Legislative Assembly of Ontario", "ORG", "CAN", ["im Provinzparlament"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Government of the United States", "ORG", "USA", ["der Regierung in Washington"]),
        entity("Washington", "LOC", "USA", ["nach Washington"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Sie", "Trump"]),
        entity("members of the United States Congress", "PER", "USA", ["Kongressabgeordneten"]),
        entity("United States state governors", "PER", "USA", ["Gouverneuren"]),
        entity("Ontario New Democratic Party", "ORG", "CAN", ["Die Neue Demokratische Partei (NDP)"]),
        entity("Marit Stiles", "PER", "CAN", ["Marit Stiles", "Stiles"]),
        entity("Ontario Liberal Party", "ORG", "CAN", ["Die Liberalen"]),
        entity("Bonnie Crombie", "PER", "CAN", ["ihre Vorsitzende Bonnie Crombie", "Crombie"]),
        entity("Mississauga", "LOC", "CAN", ["Mississauga"]),
        entity("Justin Trudeau", "PER", "CAN", ["Premierminister Justin Trudeau", "er", "Trudeau"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Pierre Poilievre", "PER", "CAN", ["der konservative Oppositionsführer im Bundesparlament, Pierre "
                                                  "Poilievre"]),
        entity("House of Commons of Canada", "ORG", "CAN", ["im Bundesparlament"]),
        entity("Michigan", "LOC", "USA", ["Michigan"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Minnesota", "LOC", "USA", ["Minnesota"]),
    ],
}

# ---------------------------------------------------------------- hm375-de-03 (United States, Harvard SEVP revocation)
MASS_COURT = actor("United States District Court for the District of Massachusetts", "USA", "JUD")
BURROUGHS = actor("Allison Burroughs", "USA", "JUD")
HARVARD = actor("Harvard University", "USA", "EDU")
NOEM = actor("Kristi Noem", "USA", "GOV")
GARBER = actor("Alan Garber", "USA", "EDU")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
MAO_NING = actor("Mao Ning", "CHN", "GOV")

H1 = ("Washington (dpa) - Ein Bundesgericht hat den Entzug der Zulassung der Eliteuniversität Harvard für ausländische "
      "Studierende durch die US-Regierung vorerst gestoppt.")
H2 = ("Bundesrichterin Allison Burroughs in Boston gab am Freitag einem Eilantrag der Hochschule statt, die wenige "
      "Stunden zuvor Klage eingereicht hatte.")
H3 = ("Heimatschutzministerin Kristi Noem hatte am Donnerstag angeordnet, Harvard mit sofortiger Wirkung die "
      "Zertifizierung für das Austauschprogramm SEVP zu entziehen.")
H4 = ("Rund 6800 internationale Studierende müssten an andere Hochschulen wechseln oder verlören ihren "
      "Aufenthaltsstatus, hieß es in einem Schreiben des Ministeriums.")
H5 = ("Noem warf Harvard vor, Gewalt und Antisemitismus auf dem Campus zu dulden und mit der Kommunistischen Partei "
      "Chinas zusammenzuarbeiten.")
H6 = ("Sie forderte die Universität auf, binnen 72 Stunden Unterlagen über Proteste und mögliche Straftaten "
      "ausländischer Studierender vorzulegen, wenn sie die Zulassung zurückerhalten wolle.")
H7 = ("„Diese Regierung zieht Harvard für die Förderung von Gewalt und Antisemitismus zur Rechenschaft“, schrieb die "
      "Ministerin auf der Plattform X.")
H8 = "Harvard-Präsident Alan Garber nannte das Vorgehen „rechtswidrig“."
H9 = "Die Regierung verstoße gegen die Verfassung und gegen Bundesgesetze, heißt es in der Klageschrift der Universität."
H10 = ("Der Schritt sei eine Vergeltung dafür, dass Harvard sich den politischen Vorgaben des Weißen Hauses "
       "widersetze.")
H11 = ("Die Hochschule hatte sich im April als erste Universität öffentlich geweigert, Forderungen der Regierung nach "
       "Änderungen bei Zulassung, Personal und Lehre zu erfüllen.")
H12 = "Daraufhin fror Washington Fördergelder von mehr als zwei Milliarden Dollar ein."
H13 = "Auch China kritisierte den Schritt."
H14 = ("Die Politisierung der Bildungszusammenarbeit schade nur dem Ansehen der USA, sagte die Sprecherin des "
       "Außenministeriums in Peking, Mao Ning.")
H15 = ("Chinesische Studierende stellen mit mehr als 1200 die größte Gruppe der ausländischen Studierenden in "
       "Harvard.")
H16 = "Präsident Donald Trump sagte im Weißen Haus, Harvard müsse „sein Verhalten ändern“."
H17 = "Eine Anhörung in dem Verfahren ist für die kommende Woche angesetzt."

DE03 = {
    "id": "hm375-de-03", "lang": "de", "url": None, "published": "2025-05-23",
    "title": "Gericht stoppt Vorgehen der US-Regierung gegen ausländische Studierende in Harvard",
    "text": paragraphs([H1, H2], [H3, H4, H5, H6, H7], [H8, H9, H10], [H11, H12], [H13, H14, H15], [H16, H17]),
    "events": [
        event("REQUEST", MASS_COURT, USA_GOV, H1, mode="yield"),
        event("REQUEST", BURROUGHS, USA_GOV, H2, mode="yield", date="2025-05-23", location="Boston",
              location_country="USA"),
        event("ACCUSE", HARVARD, USA_GOV, H2, mode="allege", date="2025-05-23"),
        event("SANCTION", NOEM, HARVARD, H3, mode="discontinue", date="2025-05-22"),
        event("ACCUSE", NOEM, HARVARD, H5, mode="allege"),
        event("REQUEST", NOEM, HARVARD, H6),
        event("ACCUSE", NOEM, HARVARD, H7, mode="allege"),
        event("ACCUSE", GARBER, USA_GOV, H8, mode="disapprove"),
        event("ACCUSE", HARVARD, USA_GOV, H9, mode="allege"),
        event("ACCUSE", HARVARD, USA_GOV, H10, mode="allege"),
        event("REJECT", HARVARD, USA_GOV, H11, mode="change"),
        event("SANCTION", USA_GOV, HARVARD, H12, mode="withdraw"),
        event("ACCUSE", CHN_MFA, USA_GOV, H13, mode="disapprove"),
        event("ACCUSE", MAO_NING, USA_GOV, H14, mode="disapprove"),
        event("REQUEST", TRUMP, HARVARD, H16, mode="change"),
    ],
    "quotes": [
        quote("Rund 6800 internationale Studierende müssten an andere Hochschulen wechseln oder verlören ihren "
              "Aufenthaltsstatus", "United States Department of Homeland Security", "indirect"),
        quote("Gewalt und Antisemitismus auf dem Campus zu dulden und mit der Kommunistischen Partei Chinas "
              "zusammenzuarbeiten", "Kristi Noem", "indirect"),
        quote("Diese Regierung zieht Harvard für die Förderung von Gewalt und Antisemitismus zur Rechenschaft",
              "Kristi Noem", "direct"),
        quote("rechtswidrig", "Alan Garber", "direct"),
        quote("Die Regierung verstoße gegen die Verfassung und gegen Bundesgesetze", "Harvard University", "indirect"),
        quote("Der Schritt sei eine Vergeltung dafür, dass Harvard sich den politischen Vorgaben des Weißen Hauses "
              "widersetze", "Harvard University", "indirect"),
        quote("Die Politisierung der Bildungszusammenarbeit schade nur dem Ansehen der USA", "Mao Ning", "indirect"),
        quote("sein Verhalten ändern", "Donald Trump", "direct"),
        quote("Harvard müsse „sein Verhalten ändern“", "Donald Trump", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("United States District Court for the District of Massachusetts", "ORG", "USA", ["Ein Bundesgericht"]),
        entity("Harvard University", "ORG", "USA", ["der Eliteuniversität Harvard", "der Hochschule", "Harvard",
                                                    "die Universität", "der Universität", "Die Hochschule"]),
        entity("Government of the United States", "ORG", "USA", ["die US-Regierung", "Die Regierung", "der Regierung",
                                                                 "Washington", "Diese Regierung"]),
        entity("Allison Burroughs", "PER", "USA", ["Bundesrichterin Allison Burroughs"]),
        entity("Boston", "LOC", "USA", ["Boston"]),
        entity("Kristi Noem", "PER", "USA", ["Heimatschutzministerin Kristi Noem", "Noem", "Sie", "die Ministerin"]),
        entity("Student and Exchange Visitor Program", "ORG", "USA", ["das Austauschprogramm SEVP"]),
        entity("United States Department of Homeland Security", "ORG", "USA", ["des Ministeriums"]),
        entity("international students at Harvard", "PER", "USA", ["Rund 6800 internationale Studierende",
                                                                   "ausländischer Studierender"]),
        entity("Chinese Communist Party", "ORG", "CHN", ["der Kommunistischen Partei Chinas"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Alan Garber", "PER", "USA", ["Harvard-Präsident Alan Garber"]),
        entity("White House", "LOC", "USA", ["des Weißen Hauses", "im Weißen Haus"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["des Außenministeriums in Peking"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Mao Ning", "PER", "CHN", ["die Sprecherin des Außenministeriums in Peking, Mao Ning"]),
        entity("United States", "LOC", "USA", ["der USA"]),
        entity("Chinese students at Harvard", "PER", "CHN", ["Chinesische Studierende"]),
        entity("Donald Trump", "PER", "USA", ["Präsident Donald Trump"]),
    ],
}

# ---------------------------------------------------------------- hm375-de-04 (Canada, WestJet mechanics' strike)
WESTJET = actor("WestJet", "CAN", "BUS")
AMFA = actor("Aircraft Mechanics Fraternal Association", "CAN", "LAB")
CIRB = actor("Canada Industrial Relations Board", "CAN", "GOV")
MACKINNON = actor("Steven MacKinnon", "CAN", "GOV")
SINGH = actor("Jagmeet Singh", "CAN", "OPP")
ALPA = actor("Air Line Pilots Association", "CAN", "LAB")

W1 = ("Calgary (dpa) - Nach einem mehrtägigen Streik der Flugzeugmechaniker haben sich die kanadische Fluggesellschaft "
      "WestJet und die Gewerkschaft AMFA auf einen neuen Tarifvertrag geeinigt.")
W2 = "Der Ausstand sei mit sofortiger Wirkung beendet, teilte die Gewerkschaft am Sonntagabend mit."
W3 = ("WestJet-Chef Alexis von Hoensbroech sprach von einer „guten Nachricht für unsere Gäste“, warnte aber, es werde "
      "einige Tage dauern, bis der Flugplan wieder normal laufe.")
W4 = ("Die Fluggesellschaft hatte seit Freitag mehr als 800 Flüge gestrichen, rund 100.000 Reisende waren betroffen – "
      "viele von ihnen zu Beginn des langen Wochenendes um den Nationalfeiertag Canada Day.")
W5 = ("Die rund 680 Mechaniker und Techniker waren am Freitagabend in den Ausstand getreten, obwohl die Arbeitsbehörde "
      "CIRB bereits ein verbindliches Schiedsverfahren angeordnet hatte.")
W6 = ("Arbeitsminister Steven MacKinnon hatte die Behörde am Donnerstag dazu aufgefordert, nachdem die "
      "Gewerkschaftsmitglieder einen ersten Vertragsentwurf mit großer Mehrheit abgelehnt hatten.")
W7 = "Die Gewerkschaft argumentierte, die Anordnung verbiete einen Streik nicht ausdrücklich."
W8 = ("WestJet nannte den Ausstand „unbegreiflich“ und warf der AMFA vor, Zehntausende Reisende in Geiselhaft zu "
      "nehmen.")
W9 = "MacKinnon forderte beide Seiten auf, umgehend an den Verhandlungstisch zurückzukehren."
W10 = "Die Gespräche wurden am Samstag unter Vermittlung der Bundesregierung wieder aufgenommen."
W11 = "Der Vorsitzende der Neuen Demokratischen Partei, Jagmeet Singh, stellte sich hinter die Streikenden."
W12 = ("Er warf der Regierung von Premierminister Justin Trudeau vor, das Streikrecht auszuhöhlen, sobald Unternehmen "
       "dies verlangten.")
W13 = "Einzelheiten der Einigung wurden zunächst nicht bekannt."
W14 = "Die Mitglieder der Gewerkschaft müssen dem Vertrag noch zustimmen."
W15 = ("Bereits im vergangenen Jahr hatte ein drohender Pilotenstreik WestJet zu Flugstreichungen gezwungen, bevor sich "
       "das Unternehmen und die Pilotengewerkschaft ALPA in letzter Minute einigten.")

DE04 = {
    "id": "hm375-de-04", "lang": "de", "url": None, "published": "2024-07-01",
    "title": "WestJet und Mechaniker einigen sich - Streik beendet",
    "text": paragraphs([W1, W2, W3, W4], [W5, W6, W7, W8], [W9, W10], [W11, W12], [W13, W14, W15]),
    "events": [
        event("AGREE", WESTJET, AMFA, W1),
        event("CONCEDE", AMFA, WESTJET, W2, date="2024-06-30"),
        event("PROTEST", AMFA, WESTJET, W5, mode="strike", date="2024-06-28", location_country="CAN"),
        event("REQUEST", CIRB, AMFA, W5),
        event("REQUEST", CIRB, WESTJET, W5),
        event("REQUEST", MACKINNON, CIRB, W6, date="2024-06-27"),
        event("REJECT", AMFA, WESTJET, W6),
        event("ACCUSE", WESTJET, AMFA, W8, mode="disapprove"),
        event("REQUEST", MACKINNON, WESTJET, W9, mode="meet"),
        event("REQUEST", MACKINNON, AMFA, W9, mode="meet"),
        event("CONSULT", WESTJET, AMFA, W10, mode="third-party", date="2024-06-29"),
        event("SUPPORT", SINGH, AMFA, W11),
        event("ACCUSE", SINGH, CAN_GOV, W12, mode="disapprove"),
        event("AGREE", WESTJET, ALPA, W15),
    ],
    "quotes": [
        quote("Der Ausstand sei mit sofortiger Wirkung beendet", "Aircraft Mechanics Fraternal Association",
              "indirect"),
        quote("guten Nachricht für unsere Gäste", "Alexis von Hoensbroech", "direct"),
        quote("es werde einige Tage dauern, bis der Flugplan wieder normal laufe", "Alexis von Hoensbroech",
              "indirect"),
        quote("die Anordnung verbiete einen Streik nicht ausdrücklich", "Aircraft Mechanics Fraternal Association",
              "indirect"),
        quote("unbegreiflich", "WestJet", "direct"),
        quote("Zehntausende Reisende in Geiselhaft zu nehmen", "WestJet", "indirect"),
        quote("das Streikrecht auszuhöhlen, sobald Unternehmen dies verlangten", "Jagmeet Singh", "indirect"),
    ],
    "entities": [
        entity("Calgary", "LOC", "CAN", ["Calgary"]),
        entity("WestJet", "ORG", "CAN", ["die kanadische Fluggesellschaft WestJet", "WestJet", "Die Fluggesellschaft",
                                         "das Unternehmen"]),
        entity("Aircraft Mechanics Fraternal Association", "ORG", "CAN", ["die Gewerkschaft AMFA", "die Gewerkschaft",
                                                                         "Die Gewerkschaft", "der AMFA",
                                                                         "die Gewerkschaftsmitglieder",
                                                                         "Die rund 680 Mechaniker und Techniker",
                                                                         "die Streikenden",
                                                                         "Die Mitglieder der Gewerkschaft"]),
        entity("Alexis von Hoensbroech", "PER", "CAN", ["WestJet-Chef Alexis von Hoensbroech"]),
        entity("Canada", "LOC", "CAN", ["kanadische"]),
        entity("Canada Industrial Relations Board", "ORG", "CAN", ["die Arbeitsbehörde CIRB", "die Behörde"]),
        entity("Steven MacKinnon", "PER", "CAN", ["Arbeitsminister Steven MacKinnon", "MacKinnon"]),
        entity("Government of Canada", "ORG", "CAN", ["der Bundesregierung",
                                                      "der Regierung von Premierminister Justin Trudeau"]),
        entity("New Democratic Party", "ORG", "CAN", ["der Neuen Demokratischen Partei"]),
        entity("Jagmeet Singh", "PER", "CAN", ["Der Vorsitzende der Neuen Demokratischen Partei, Jagmeet Singh", "Er"]),
        entity("Justin Trudeau", "PER", "CAN", ["Premierminister Justin Trudeau"]),
        entity("Air Line Pilots Association", "ORG", "CAN", ["die Pilotengewerkschaft ALPA"]),
    ],
}

# ---------------------------------------------------------------- hm375-en-01 (United States, Mohsen Mahdawi released)
CRAWFORD = actor("Geoffrey Crawford", "USA", "JUD")
MAHDAWI = actor("Mohsen Mahdawi", "PSE", "CVL")
ICE = actor("U.S. Immigration and Customs Enforcement", "USA", "COP")
MAHDAWI_SUPPORTERS = actor("supporters of Mohsen Mahdawi", "USA", "CVL")
DHS = actor("United States Department of Homeland Security", "USA", "GOV")
KHALIL = actor("Mahmoud Khalil", "PSE", "CVL")
SANDERS = actor("Bernie Sanders", "USA", "LEG")
WELCH = actor("Peter Welch", "USA", "LEG")
BALINT = actor("Becca Balint", "USA", "LEG")
SESSIONS = actor("William Sessions", "USA", "JUD")

M1 = ("BURLINGTON, Vt. (AP) — A federal judge on Wednesday ordered the release of Mohsen Mahdawi, a Palestinian student "
      "at Columbia University who was arrested by immigration agents at an interview meant to finalize his U.S. "
      "citizenship.")
M2 = ("U.S. District Judge Geoffrey Crawford said Mahdawi, a legal permanent resident who has lived in the United States "
      "for a decade, had raised a substantial claim that he was detained to punish him for speech protected by the "
      "First Amendment.")
M3 = "\"Legal residents — not just citizens — are protected by the First Amendment,\" Crawford wrote."
M4 = ("Mahdawi, 34, walked out of the courthouse to cheers from dozens of supporters, flashing a peace sign.")
M5 = ("\"I am saying it clear and loud to President Trump and his Cabinet: I am not afraid of you,\" he told the "
      "crowd.")
M6 = ("Mahdawi was taken into custody on April 14 at a U.S. Citizenship and Immigration Services office in Colchester, "
      "where he had gone for what he believed was the last step before being sworn in as a citizen.")
M7 = ("The Trump administration has argued that his presence in the country could undermine the Middle East peace "
      "process, citing a determination by Secretary of State Marco Rubio.")
M8 = "The Department of Homeland Security criticized the ruling and said it would appeal."
M9 = ("\"No one has a right to a green card or a student visa,\" DHS spokeswoman Tricia McLaughlin said in a "
      "statement.")
M10 = ("Mahdawi, who was born in a refugee camp in the West Bank, co-founded a Palestinian student union at Columbia "
       "with Mahmoud Khalil, another activist who has been held in immigration detention in Louisiana since March.")
M11 = ("Vermont's congressional delegation — Sens. Bernie Sanders and Peter Welch and Rep. Becca Balint — had "
       "condemned the arrest and demanded his release.")
M12 = ("\"Today is a good day for Mohsen, for Vermont and for the Constitution,\" Welch said in a statement after the "
       "ruling.")
M13 = "On the day of the arrest, another federal judge had barred the government from moving Mahdawi out of Vermont."
M14 = ("Under the terms of his release, Mahdawi may travel to New York to attend his graduation from Columbia next "
       "month.")
M15 = "Columbia did not respond to a request for comment."

EN01 = {
    "id": "hm375-en-01", "lang": "en", "url": None, "published": "2025-04-30",
    "title": "Judge orders release of Palestinian Columbia student arrested at citizenship interview",
    "text": paragraphs([M1, M2, M3], [M4, M5], [M6, M7, M8, M9], [M10, M11, M12], [M13, M14, M15]),
    "events": [
        event("RETREAT", CRAWFORD, MAHDAWI, M1, mode="release", date="2025-04-30", location="Burlington",
              location_country="USA"),
        event("COERCE", ICE, MAHDAWI, M1, mode="arrest"),
        event("SUPPORT", MAHDAWI_SUPPORTERS, MAHDAWI, M4, location="Burlington", location_country="USA"),
        event("COERCE", ICE, MAHDAWI, M6, mode="arrest", date="2025-04-14", location="Colchester",
              location_country="USA"),
        event("ACCUSE", USA_GOV, MAHDAWI, M7, mode="allege"),
        event("ACCUSE", DHS, CRAWFORD, M8, mode="disapprove"),
        event("COERCE", ICE, KHALIL, M10, mode="arrest", location="Louisiana", location_country="USA"),
        event("ACCUSE", SANDERS, ICE, M11, mode="disapprove"),
        event("ACCUSE", WELCH, ICE, M11, mode="disapprove"),
        event("ACCUSE", BALINT, ICE, M11, mode="disapprove"),
        event("REQUEST", SANDERS, ICE, M11, mode="yield"),
        event("REQUEST", WELCH, ICE, M11, mode="yield"),
        event("REQUEST", BALINT, ICE, M11, mode="yield"),
        event("SUPPORT", WELCH, CRAWFORD, M12),
        event("REQUEST", SESSIONS, USA_GOV, M13, date="2025-04-14"),
    ],
    "quotes": [
        quote("Mahdawi, a legal permanent resident who has lived in the United States for a decade, had raised a "
              "substantial claim that he was detained to punish him for speech protected by the First Amendment",
              "Geoffrey Crawford", "indirect"),
        quote("Legal residents — not just citizens — are protected by the First Amendment", "Geoffrey Crawford",
              "direct"),
        quote("I am saying it clear and loud to President Trump and his Cabinet: I am not afraid of you",
              "Mohsen Mahdawi", "direct"),
        quote("his presence in the country could undermine the Middle East peace process",
              "Government of the United States", "indirect"),
        quote("it would appeal", "United States Department of Homeland Security", "indirect"),
        quote("No one has a right to a green card or a student visa", "Tricia McLaughlin", "direct"),
        quote("Today is a good day for Mohsen, for Vermont and for the Constitution", "Peter Welch", "direct"),
    ],
    "entities": [
        entity("Burlington", "LOC", "USA", ["BURLINGTON"]),
        entity("Vermont", "LOC", "USA", ["Vt.", "Vermont"]),
        entity("Geoffrey Crawford", "PER", "USA", ["A federal judge", "U.S. District Judge Geoffrey Crawford",
                                                   "Crawford"]),
        entity("Mohsen Mahdawi", "PER", "PSE", ["Mohsen Mahdawi, a Palestinian student at Columbia University",
                                                "Mahdawi", "he", "Mahdawi, 34", "Mohsen"]),
        entity("Columbia University", "ORG", "USA", ["Columbia University", "Columbia"]),
        entity("U.S. Immigration and Customs Enforcement", "ORG", "USA", ["immigration agents"]),
        entity("United States", "LOC", "USA", ["the United States", "the country"]),
        entity("supporters of Mohsen Mahdawi", "PER", "USA", ["dozens of supporters", "the crowd"]),
        entity("Donald Trump", "PER", "USA", ["President Trump"]),
        entity("Cabinet of the United States", "ORG", "USA", ["his Cabinet"]),
        entity("U.S. Citizenship and Immigration Services", "ORG", "USA", ["U.S. Citizenship and Immigration "
                                                                           "Services"]),
        entity("Colchester", "LOC", "USA", ["Colchester"]),
        entity("Government of the United States", "ORG", "USA", ["The Trump administration", "the government"]),
        entity("Middle East", "LOC", None, ["the Middle East"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio"]),
        entity("United States Department of Homeland Security", "ORG", "USA", ["The Department of Homeland Security",
                                                                               "DHS"]),
        entity("Tricia McLaughlin", "PER", "USA", ["DHS spokeswoman Tricia McLaughlin"]),
        entity("West Bank", "LOC", "PSE", ["the West Bank"]),
        entity("Palestinian student union at Columbia", "ORG", "USA", ["a Palestinian student union at Columbia"]),
        entity("Mahmoud Khalil", "PER", "PSE", ["Mahmoud Khalil, another activist"]),
        entity("Louisiana", "LOC", "USA", ["Louisiana"]),
        entity("Vermont congressional delegation", "ORG", "USA", ["Vermont's congressional delegation"]),
        entity("Bernie Sanders", "PER", "USA", ["Bernie Sanders"]),
        entity("Peter Welch", "PER", "USA", ["Peter Welch", "Welch"]),
        entity("Becca Balint", "PER", "USA", ["Rep. Becca Balint"]),
        entity("William Sessions", "PER", "USA", ["another federal judge"]),
        entity("New York", "LOC", "USA", ["New York"]),
    ],
}

# ---------------------------------------------------------------- hm375-en-02 (Mexico, priest Marcelo Pérez killed)
CHIAPAS_PROSECUTORS = actor("Chiapas State Prosecutor's Office", "MEX", "JUD")
EDGAR_N = actor("Edgar N.", "MEX", "CVL")
PEREZ_KILLERS = actor("killers of Marcelo Pérez", "MEX", "CVL")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
ROSA_ICELA = actor("Rosa Icela Rodríguez", "MEX", "GOV")
AGUILAR = actor("Rodrigo Aguilar Martínez", "MEX", "CVL")
SCLC_DIOCESE = actor("Diocese of San Cristóbal de las Casas", "MEX", "CVL")
MEX_AUTHORITIES = actor("Mexican authorities", "MEX", "GOV")
CEM = actor("Mexican Bishops' Conference", "MEX", "CVL")
UN_HR_MEX = actor("UN Human Rights Office in Mexico", "UNO", "IGO")
PARISHIONERS = actor("parishioners in San Cristóbal de las Casas", "MEX", "CVL")

P1 = ("MEXICO CITY (AP) — Authorities in the southern Mexican state of Chiapas have arrested a man suspected of killing a "
      "Catholic priest who had spent years mediating between armed groups and Indigenous communities, prosecutors said "
      "Tuesday.")
P2 = ("The Rev. Marcelo Pérez was shot dead in his car on Sunday morning shortly after celebrating Mass in the "
      "Cuxtitali neighborhood of San Cristóbal de las Casas.")
P3 = ("Two men on a motorcycle pulled up beside the vehicle and opened fire, according to the state prosecutor's "
      "office.")
P4 = ("Prosecutors identified the detained man only as Edgar \"N\" and said he had been paid to carry out the attack, "
      "without saying by whom.")
P5 = ("Pérez, a 50-year-old member of the Tsotsil Indigenous people, had received death threats for years and was under "
      "protective measures granted by the Inter-American Commission on Human Rights.")
P6 = ("President Claudia Sheinbaum condemned the killing and said federal authorities would support the state's "
      "investigation.")
P7 = ("\"Father Marcelo was a man of peace who dedicated his life to his communities,\" she said at her daily news "
      "conference.")
P8 = ("Interior Secretary Rosa Icela Rodríguez traveled to San Cristóbal on Monday and met with Bishop Rodrigo Aguilar "
      "Martínez and members of the diocese.")
P9 = ("The diocese demanded a thorough investigation and said the priest had repeatedly asked the authorities for "
      "protection without receiving an adequate response.")
P10 = ("The Mexican Bishops' Conference said the killing reflected a \"grave deterioration\" of security in Chiapas and "
       "urged the government to guarantee the safety of priests and communities in the region.")
P11 = ("The U.N. human rights office in Mexico also condemned the attack and called on authorities to find and punish "
       "those responsible.")
P12 = ("Hundreds of parishioners marched through the streets of San Cristóbal on Monday carrying white flags and "
       "chanting for justice.")
P13 = ("Pérez was known for leading peace pilgrimages through Chiapas, where the Sinaloa and Jalisco New Generation "
       "cartels are fighting over drug and migrant smuggling routes near the border with Guatemala.")
P14 = ("At least 10 priests were killed in Mexico during the six-year term of former President Andrés Manuel López "
       "Obrador, who left office on Sept. 30, according to the Catholic Multimedia Center, which tracks violence "
       "against clergy.")

EN02 = {
    "id": "hm375-en-02", "lang": "en", "url": None, "published": "2024-10-22",
    "title": "Mexico arrests suspect in killing of Indigenous priest in Chiapas",
    "text": paragraphs([P1, P2, P3, P4], [P5, P6, P7], [P8, P9, P10, P11], [P12, P13, P14]),
    "events": [
        event("COERCE", CHIAPAS_PROSECUTORS, EDGAR_N, P1, mode="arrest", location_country="MEX"),
        event("ACCUSE", CHIAPAS_PROSECUTORS, EDGAR_N, P4, mode="allege"),
        event("ACCUSE", SHEINBAUM, PEREZ_KILLERS, P6, mode="disapprove"),
        event("AGREE", SHEINBAUM, CHIAPAS_PROSECUTORS, P6),
        event("CONSULT", ROSA_ICELA, AGUILAR, P8, mode="visit", date="2024-10-21", location="San Cristóbal de las Casas",
              location_country="MEX"),
        event("CONSULT", ROSA_ICELA, SCLC_DIOCESE, P8, mode="visit", date="2024-10-21",
              location="San Cristóbal de las Casas", location_country="MEX"),
        event("REQUEST", SCLC_DIOCESE, None, P9),
        event("ACCUSE", SCLC_DIOCESE, MEX_AUTHORITIES, P9, mode="disapprove"),
        event("REQUEST", CEM, MEX_GOV, P10),
        event("ACCUSE", UN_HR_MEX, PEREZ_KILLERS, P11, mode="disapprove"),
        event("REQUEST", UN_HR_MEX, MEX_AUTHORITIES, P11),
        event("PROTEST", PARISHIONERS, None, P12, mode="demo", date="2024-10-21", location="San Cristóbal de las Casas",
              location_country="MEX"),
    ],
    "quotes": [
        quote("Authorities in the southern Mexican state of Chiapas have arrested a man suspected of killing a Catholic "
              "priest who had spent years mediating between armed groups and Indigenous communities",
              "Chiapas State Prosecutor's Office", "indirect"),
        quote("Two men on a motorcycle pulled up beside the vehicle and opened fire", "Chiapas State Prosecutor's Office",
              "indirect"),
        quote("he had been paid to carry out the attack", "Chiapas State Prosecutor's Office", "indirect"),
        quote("federal authorities would support the state's investigation", "Claudia Sheinbaum", "indirect"),
        quote("Father Marcelo was a man of peace who dedicated his life to his communities", "Claudia Sheinbaum",
              "direct"),
        quote("the priest had repeatedly asked the authorities for protection without receiving an adequate response",
              "Diocese of San Cristóbal de las Casas", "indirect"),
        quote("grave deterioration", "Mexican Bishops' Conference", "direct"),
        quote("the killing reflected a \"grave deterioration\" of security in Chiapas", "Mexican Bishops' Conference",
              "indirect"),
        quote("At least 10 priests were killed in Mexico during the six-year term of former President Andrés Manuel "
              "López Obrador, who left office on Sept. 30", "Catholic Multimedia Center", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["MEXICO CITY"]),
        entity("Chiapas", "LOC", "MEX", ["the southern Mexican state of Chiapas", "Chiapas", "the region"]),
        entity("Chiapas State Prosecutor's Office", "ORG", "MEX", ["Authorities in the southern Mexican state of "
                                                                  "Chiapas", "prosecutors",
                                                                  "the state prosecutor's office", "Prosecutors"]),
        entity("Edgar N.", "PER", "MEX", ["a man suspected of killing a Catholic priest", "the detained man",
                                          "Edgar \"N\"", "he"]),
        entity("Marcelo Pérez", "PER", "MEX", ["a Catholic priest", "The Rev. Marcelo Pérez", "Pérez",
                                               "Father Marcelo", "the priest"]),
        entity("killers of Marcelo Pérez", "PER", "MEX", ["Two men on a motorcycle", "those responsible"]),
        entity("Cuxtitali", "LOC", "MEX", ["the Cuxtitali neighborhood"]),
        entity("San Cristóbal de las Casas", "LOC", "MEX", ["San Cristóbal de las Casas", "San Cristóbal"]),
        entity("Inter-American Commission on Human Rights", "ORG", "IGO",
               ["the Inter-American Commission on Human Rights"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["President Claudia Sheinbaum", "she"]),
        entity("Government of Mexico", "ORG", "MEX", ["federal authorities", "the government"]),
        entity("Rosa Icela Rodríguez", "PER", "MEX", ["Interior Secretary Rosa Icela Rodríguez"]),
        entity("Rodrigo Aguilar Martínez", "PER", "MEX", ["Bishop Rodrigo Aguilar Martínez"]),
        entity("Diocese of San Cristóbal de las Casas", "ORG", "MEX", ["members of the diocese", "The diocese"]),
        entity("Mexican authorities", "ORG", "MEX", ["the authorities", "authorities"]),
        entity("Mexican Bishops' Conference", "ORG", "MEX", ["The Mexican Bishops' Conference"]),
        entity("UN Human Rights Office in Mexico", "ORG", "UNO", ["The U.N. human rights office in Mexico"]),
        entity("Mexico", "LOC", "MEX", ["Mexican", "Mexico"]),
        entity("parishioners in San Cristóbal de las Casas", "PER", "MEX", ["Hundreds of parishioners"]),
        entity("Sinaloa Cartel", "ORG", "MEX", ["the Sinaloa and Jalisco New Generation cartels"]),
        entity("Jalisco New Generation Cartel", "ORG", "MEX", ["Jalisco New Generation cartels"]),
        entity("Guatemala", "LOC", "GTM", ["Guatemala"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["former President Andrés Manuel López Obrador"]),
        entity("Catholic Multimedia Center", "ORG", "MEX", ["the Catholic Multimedia Center"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
