"""Round 405: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, North America, invented wording and details):
- hm405-de-01: Mexico: Nuevo León governor Samuel García drops his presidential bid after the PRI/PAN-led state Congress rejects his stand-in and swears in prosecutor Luis Enrique Orozco as interim governor; state police block Orozco from the palace, García alleges a coup, Mauro Guerra denies, rally without arrests, López Obrador urges dialogue (2023-12-02).
- hm405-de-02: Mexico/United States: Mexico refuses to accept deportations by Texas under SB4 after the U.S. Supreme Court lets the law take effect and the Fifth Circuit blocks it again; the foreign ministry condemns, Abbott welcomes the ruling and attacks Biden, the White House and the Justice Department's suit, López Obrador calls the law inhumane but pledges cooperation with Washington (2024-03-20).
- hm405-de-03: Cuba: Labour Minister Marta Elena Feitó resigns and admits errors after saying there are no beggars in Cuba; Díaz-Canel criticises her, social-media users and the CTC object, Marrero promises more help for needy families and admits misjudging pensioners' plight, the U.S. embassy accuses Havana and Bruno Rodríguez blames the embargo (2025-07-16).
- hm405-de-04: El Salvador: APES says at least 40 journalists have left the country since May, among them seven El Faro reporters facing possible arrest warrants; Carlos Dada accuses the government, the prosecutors deny, Bukele attacks the exiles, Ruth López's arrest recalled, the IACHR and the UN rights office object (2025-06-25).
- hm405-en-01: United States/Haiti: Ohio Gov. Mike DeWine sends state troopers to Springfield's schools after dozens of hoax bomb threats that followed Trump's and Vance's false claims about Haitian immigrants; no arrests, Mayor Rob Rue's appeal, Haiti's foreign ministry and the Harris campaign object, Leavitt defends Trump (2024-09-16).
- hm405-en-02: United States: Donald Trump surrenders and pleads not guilty in Miami federal court to Jack Smith's 37-count classified documents indictment; Judge Goodman's no-contact condition, Walt Nauta's plea postponed, supporters rally without arrests, Trump attacks Smith and Biden, McCarthy accuses the Justice Department, the 2022 Mar-a-Lago search recalled (2023-06-13).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm405-de-01 (Mexico, Nuevo León power struggle)
GARCIA = actor("Samuel García", "MEX", "GOV")
NL_CONGRESS = actor("Congress of Nuevo León", "MEX", "LEG")
PRI_NL = actor("PRI lawmakers in the Congress of Nuevo León", "MEX", "LEG")
PAN_NL = actor("PAN lawmakers in the Congress of Nuevo León", "MEX", "LEG")
NL_POLICE = actor("Nuevo León State Police", "MEX", "COP")
OROZCO = actor("Luis Enrique Orozco", "MEX", "GOV")
GARCIA_SUPPORTERS = actor("supporters of Samuel García", "MEX", "CVL")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")

N1 = ("Monterrey (dpa) - Nach einem tagelangen Machtkampf mit dem Landesparlament hat der Gouverneur des "
      "mexikanischen Bundesstaates Nuevo León, Samuel García, seine Präsidentschaftskandidatur aufgegeben.")
N2 = ("Er kehre in sein Amt zurück, um den Bundesstaat nicht „in die Hände der alten Parteien“ fallen zu lassen, "
      "sagte der 36-Jährige am Samstag in einer Videobotschaft.")
N3 = ("García wollte für die Bürgerbewegung (Movimiento Ciudadano) bei der Präsidentschaftswahl im Juni 2024 antreten "
      "und hatte dafür beim Parlament eine sechsmonatige Freistellung beantragt.")
N4 = ("Die Abgeordneten der Oppositionsparteien PRI und PAN, die im Parlament die Mehrheit haben, lehnten den von ihm "
      "vorgeschlagenen Vertreter Javier Navarro jedoch ab.")
N5 = ("Am Freitag vereidigten sie stattdessen den bisherigen Generalstaatsanwalt des Bundesstaates, Luis Enrique "
      "Orozco, als Interimsgouverneur.")
N6 = ("Als Orozco wenig später den Regierungspalast in Monterrey betreten wollte, versperrten ihm Polizisten des "
      "Bundesstaates den Weg.")
N7 = "García warf den Abgeordneten vor, einen „Staatsstreich“ gegen ihn zu planen."
N8 = "Parlamentspräsident Mauro Guerra wies den Vorwurf zurück."
N9 = "Die Ernennung Orozcos sei verfassungsgemäß, sagte der PAN-Politiker."
N10 = "Orozco forderte García auf, das Amt friedlich zu übergeben."
N11 = ("Vor dem Parlamentsgebäude demonstrierten am Freitag Hunderte Anhänger des Gouverneurs gegen die Ernennung.")
N12 = "Die Polizei hielt die Demonstranten auf Abstand, Festnahmen gab es nach Behördenangaben nicht."
N13 = "Präsident Andrés Manuel López Obrador rief am Freitag beide Seiten zum Dialog auf."
N14 = "Die Bundesregierung werde sich nicht einmischen, sagte er bei seiner morgendlichen Pressekonferenz."
N15 = ("Der Chef der Bürgerbewegung, Dante Delgado, kündigte an, die Partei werde in den kommenden Tagen einen neuen "
       "Kandidaten vorstellen.")
N16 = "García gilt als einer der bekanntesten Politiker der jungen Generation in Mexiko."
N17 = ("Als Favoritinnen für die Wahl gelten die Kandidatin der Regierungspartei Morena, Claudia Sheinbaum, und die "
       "Oppositionspolitikerin Xóchitl Gálvez.")

DE01 = {
    "id": "hm405-de-01", "lang": "de", "url": None, "published": "2023-12-02",
    "title": "Gouverneur von Nuevo León gibt Präsidentschaftskandidatur auf",
    "text": paragraphs([N1, N2], [N3, N4, N5, N6], [N7, N8, N9, N10], [N11, N12, N13, N14], [N15, N16, N17]),
    "events": [
        event("REQUEST", GARCIA, NL_CONGRESS, N3),
        event("REJECT", PRI_NL, GARCIA, N4),
        event("REJECT", PAN_NL, GARCIA, N4),
        event("COERCE", NL_POLICE, OROZCO, N6, mode="restrict", date="2023-12-01", location="Monterrey",
              location_country="MEX"),
        event("ACCUSE", GARCIA, NL_CONGRESS, N7, mode="allege"),
        event("REQUEST", OROZCO, GARCIA, N10, mode="yield"),
        event("PROTEST", GARCIA_SUPPORTERS, NL_CONGRESS, N11, mode="demo", date="2023-12-01", location="Monterrey",
              location_country="MEX"),
        event("COERCE", NL_POLICE, GARCIA_SUPPORTERS, N12, mode="restrict", date="2023-12-01", location="Monterrey",
              location_country="MEX"),
        event("COERCE", NL_POLICE, GARCIA_SUPPORTERS, N12, mode="arrest", date="2023-12-01", location="Monterrey",
              location_country="MEX", negated=True),
        event("REQUEST", AMLO, GARCIA, N13, mode="meet", date="2023-12-01"),
        event("REQUEST", AMLO, NL_CONGRESS, N13, mode="meet", date="2023-12-01"),
    ],
    "quotes": [
        quote("in die Hände der alten Parteien", "Samuel García", "direct"),
        quote("Er kehre in sein Amt zurück, um den Bundesstaat nicht „in die Hände der alten Parteien“ fallen zu "
              "lassen", "Samuel García", "indirect"),
        quote("Staatsstreich", "Samuel García", "direct"),
        quote("einen „Staatsstreich“ gegen ihn zu planen", "Samuel García", "indirect"),
        quote("Die Ernennung Orozcos sei verfassungsgemäß", "Mauro Guerra", "indirect"),
        quote("das Amt friedlich zu übergeben", "Luis Enrique Orozco", "indirect"),
        quote("Festnahmen gab es nach Behördenangaben nicht", "Nuevo León authorities", "indirect"),
        quote("Die Bundesregierung werde sich nicht einmischen", "Andrés Manuel López Obrador", "indirect"),
        quote("die Partei werde in den kommenden Tagen einen neuen Kandidaten vorstellen", "Dante Delgado",
              "indirect"),
    ],
    "entities": [
        entity("Monterrey", "LOC", "MEX", ["Monterrey"]),
        entity("Congress of Nuevo León", "ORG", "MEX", ["dem Landesparlament", "beim Parlament", "im Parlament",
                                                        "den Abgeordneten", "Vor dem Parlamentsgebäude"]),
        entity("Nuevo León", "LOC", "MEX", ["des mexikanischen Bundesstaates Nuevo León", "den Bundesstaat",
                                            "des Bundesstaates"]),
        entity("Samuel García", "PER", "MEX", ["der Gouverneur des mexikanischen Bundesstaates Nuevo León, Samuel "
                                               "García", "Er", "der 36-Jährige", "García", "ihm", "ihn",
                                               "des Gouverneurs"]),
        entity("Citizens' Movement", "ORG", "MEX", ["die Bürgerbewegung (Movimiento Ciudadano)",
                                                    "der Bürgerbewegung", "die Partei"]),
        entity("Institutional Revolutionary Party", "ORG", "MEX", ["PRI"]),
        entity("National Action Party", "ORG", "MEX", ["PAN"]),
        entity("PRI and PAN lawmakers in the Congress of Nuevo León", "ORG", "MEX",
               ["Die Abgeordneten der Oppositionsparteien PRI und PAN", "sie"]),
        entity("Javier Navarro", "PER", "MEX", ["Vertreter Javier Navarro"]),
        entity("Luis Enrique Orozco", "PER", "MEX", ["den bisherigen Generalstaatsanwalt des Bundesstaates, Luis "
                                                     "Enrique Orozco", "Orozco", "Orozcos", "ihm"]),
        entity("Palace of Government of Nuevo León", "LOC", "MEX", ["den Regierungspalast in Monterrey"]),
        entity("Nuevo León State Police", "ORG", "MEX", ["Polizisten des Bundesstaates", "Die Polizei"]),
        entity("Mauro Guerra", "PER", "MEX", ["Parlamentspräsident Mauro Guerra", "der PAN-Politiker"]),
        entity("supporters of Samuel García", "PER", "MEX", ["Hunderte Anhänger des Gouverneurs",
                                                             "die Demonstranten"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Präsident Andrés Manuel López Obrador", "er"]),
        entity("Government of Mexico", "ORG", "MEX", ["Die Bundesregierung"]),
        entity("Dante Delgado", "PER", "MEX", ["Der Chef der Bürgerbewegung, Dante Delgado"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko"]),
        entity("Morena", "ORG", "MEX", ["der Regierungspartei Morena"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["die Kandidatin der Regierungspartei Morena, Claudia Sheinbaum"]),
        entity("Xóchitl Gálvez", "PER", "MEX", ["die Oppositionspolitikerin Xóchitl Gálvez"]),
    ],
}

# ---------------------------------------------------------------- hm405-de-02 (Mexico/US, Texas SB4)
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
TEXAS_GOV = actor("Government of Texas", "USA", "GOV")
MEX_SRE = actor("Ministry of Foreign Affairs of Mexico", "MEX", "GOV")
SCOTUS = actor("Supreme Court of the United States", "USA", "JUD")
USA_GOV = actor("Government of the United States", "USA", "GOV")
FIFTH_CIRCUIT = actor("United States Court of Appeals for the Fifth Circuit", "USA", "JUD")
ABBOTT = actor("Greg Abbott", "USA", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
WHITE_HOUSE = actor("White House", "USA", "GOV")
US_DOJ = actor("United States Department of Justice", "USA", "GOV")
AMLO2 = actor("Andrés Manuel López Obrador", "MEX", "GOV")

T1 = ("Mexiko-Stadt (dpa) - Mexiko will keine Migranten aufnehmen, die von Behörden des US-Bundesstaates Texas auf "
      "Grundlage eines umstrittenen neuen Gesetzes abgeschoben werden.")
T2 = ("Man werde „unter keinen Umständen“ Rückführungen durch den Bundesstaat Texas akzeptieren, teilte das "
      "Außenministerium in Mexiko-Stadt am Dienstagabend mit.")
T3 = "Das Ministerium verurteilte das Gesetz als Angriff auf die Rechte von Migranten."
T4 = ("Das als SB4 bekannte Gesetz erlaubt es der texanischen Polizei, Menschen festzunehmen, die im Verdacht stehen, "
      "illegal aus Mexiko eingereist zu sein.")
T5 = "Richter im Bundesstaat können die Betroffenen zudem anweisen, das Land zu verlassen."
T6 = ("Der Oberste Gerichtshof der USA hatte am Dienstag einen Eilantrag der Regierung von Präsident Joe Biden "
      "abgelehnt und damit den Weg für das Inkrafttreten frei gemacht.")
T7 = "Wenige Stunden später setzte ein Bundesberufungsgericht in New Orleans das Gesetz jedoch wieder außer Kraft."
T8 = "Die Richter wollen am Mittwoch über den Fall verhandeln."
T9 = ("Der republikanische Gouverneur von Texas, Greg Abbott, hatte die Entscheidung des Supreme Court zuvor als "
      "„positive Entwicklung“ begrüßt.")
T10 = "Er wirft Biden seit langem vor, die Grenze nicht ausreichend zu schützen."
T11 = "Seit 2021 hat Abbott Tausende Soldaten der Nationalgarde an die Grenze zu Mexiko geschickt."
T12 = "Das Weiße Haus nannte SB4 „schädlich und verfassungswidrig“."
T13 = "Das Justizministerium in Washington hatte im Januar gegen das Gesetz geklagt."
T14 = "Präsident Andrés Manuel López Obrador nannte das Gesetz am Mittwoch „unmenschlich“."
T15 = "Mexiko werde die Zusammenarbeit mit Washington in der Migrationspolitik dennoch fortsetzen, sagte er."
T16 = "Im vergangenen Jahr wurden an der Grenze zu Mexiko mehr als zwei Millionen Migranten aufgegriffen."

DE02 = {
    "id": "hm405-de-02", "lang": "de", "url": None, "published": "2024-03-20",
    "title": "Mexiko will keine Abschiebungen aus Texas akzeptieren",
    "text": paragraphs([T1, T2, T3], [T4, T5], [T6, T7, T8], [T9, T10, T11, T12, T13], [T14, T15, T16]),
    "events": [
        event("REJECT", MEX_GOV, TEXAS_GOV, T1),
        event("REJECT", MEX_SRE, TEXAS_GOV, T2, date="2024-03-19"),
        event("ACCUSE", MEX_SRE, TEXAS_GOV, T3, mode="disapprove"),
        event("REJECT", SCOTUS, USA_GOV, T6, date="2024-03-19"),
        event("REJECT", FIFTH_CIRCUIT, TEXAS_GOV, T7, location="New Orleans", location_country="USA"),
        event("SUPPORT", ABBOTT, SCOTUS, T9),
        event("ACCUSE", ABBOTT, BIDEN, T10, mode="disapprove"),
        event("MOBILIZE", ABBOTT, None, T11, mode="troops"),
        event("ACCUSE", WHITE_HOUSE, TEXAS_GOV, T12, mode="disapprove"),
        event("ACCUSE", US_DOJ, TEXAS_GOV, T13, mode="allege"),
        event("ACCUSE", AMLO2, TEXAS_GOV, T14, mode="disapprove", date="2024-03-20"),
        event("AGREE", AMLO2, USA_GOV, T15),
    ],
    "quotes": [
        quote("unter keinen Umständen", "Ministry of Foreign Affairs of Mexico", "direct"),
        quote("Man werde „unter keinen Umständen“ Rückführungen durch den Bundesstaat Texas akzeptieren",
              "Ministry of Foreign Affairs of Mexico", "indirect"),
        quote("positive Entwicklung", "Greg Abbott", "direct"),
        quote("die Grenze nicht ausreichend zu schützen", "Greg Abbott", "indirect"),
        quote("schädlich und verfassungswidrig", "White House", "direct"),
        quote("unmenschlich", "Andrés Manuel López Obrador", "direct"),
        quote("Mexiko werde die Zusammenarbeit mit Washington in der Migrationspolitik dennoch fortsetzen",
              "Andrés Manuel López Obrador", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Government of Mexico", "ORG", "MEX", ["Mexiko"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko"]),
        entity("Texas", "LOC", "USA", ["des US-Bundesstaates Texas", "den Bundesstaat Texas", "im Bundesstaat"]),
        entity("Government of Texas", "ORG", "USA", ["Behörden des US-Bundesstaates Texas",
                                                     "den Bundesstaat Texas"]),
        entity("Ministry of Foreign Affairs of Mexico", "ORG", "MEX", ["das Außenministerium in Mexiko-Stadt",
                                                                       "Das Ministerium"]),
        entity("Senate Bill 4", "MISC", "USA", ["eines umstrittenen neuen Gesetzes", "das Gesetz",
                                                "Das als SB4 bekannte Gesetz", "SB4"]),
        entity("Texas Department of Public Safety", "ORG", "USA", ["der texanischen Polizei"]),
        entity("Supreme Court of the United States", "ORG", "USA", ["Der Oberste Gerichtshof der USA",
                                                                    "des Supreme Court"]),
        entity("United States", "LOC", "USA", ["USA"]),
        entity("Government of the United States", "ORG", "USA", ["der Regierung von Präsident Joe Biden",
                                                                  "Washington"]),
        entity("Joe Biden", "PER", "USA", ["Präsident Joe Biden", "Biden"]),
        entity("United States Court of Appeals for the Fifth Circuit", "ORG", "USA",
               ["ein Bundesberufungsgericht in New Orleans", "Die Richter"]),
        entity("New Orleans", "LOC", "USA", ["New Orleans"]),
        entity("Greg Abbott", "PER", "USA", ["Der republikanische Gouverneur von Texas, Greg Abbott", "Er",
                                             "Abbott"]),
        entity("Texas National Guard", "ORG", "USA", ["Tausende Soldaten der Nationalgarde"]),
        entity("White House", "ORG", "USA", ["Das Weiße Haus"]),
        entity("United States Department of Justice", "ORG", "USA", ["Das Justizministerium in Washington"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Präsident Andrés Manuel López Obrador", "er"]),
    ],
}

# ---------------------------------------------------------------- hm405-de-03 (Cuba, labour minister resigns)
FEITO = actor("Marta Elena Feitó", "CUB", "GOV")
CUB_BEGGARS = actor("Cuban beggars", "CUB", "CVL")
DIAZ_CANEL = actor("Miguel Díaz-Canel", "CUB", "GOV")
CUB_USERS = actor("Cuban social media users", "CUB", "CVL")
CTC = actor("Workers' Central Union of Cuba", "CUB", "LAB")
MARRERO = actor("Manuel Marrero", "CUB", "GOV")
CUB_FAMILIES = actor("needy families in Cuba", "CUB", "CVL")
US_EMB_HAVANA = actor("Embassy of the United States in Havana", "USA", "GOV")
CUB_GOV = actor("Government of Cuba", "CUB", "GOV")
B_RODRIGUEZ = actor("Bruno Rodríguez", "CUB", "GOV")
USA_GOV3 = actor("Government of the United States", "USA", "GOV")

C1 = ("Havanna (dpa) - Nach empörten Reaktionen auf ihre Äußerungen über Bettler ist Kubas Arbeitsministerin Marta "
      "Elena Feitó zurückgetreten.")
C2 = ("Die Ministerin habe ihre Fehler eingeräumt und ihr Amt zur Verfügung gestellt, berichtete die Parteizeitung "
      "„Granma“ am Dienstag.")
C3 = ("Feitó hatte am Montag vor einem Ausschuss der Nationalversammlung gesagt, in Kuba gebe es keine Bettler, "
      "sondern Menschen, die sich als Bettler verkleideten.")
C4 = "Wer an Ampeln Autoscheiben putze, wolle nur ein „bequemes Leben“ führen, fügte sie hinzu."
C5 = "Präsident Miguel Díaz-Canel kritisierte die Äußerungen am Dienstag, ohne die Ministerin beim Namen zu nennen."
C6 = "„Niemand von uns darf sich von der Realität abwenden“, schrieb er auf der Plattform X."
C7 = ("In sozialen Netzwerken hatten zahlreiche Kubaner der Ministerin Verachtung für die Armen vorgeworfen und ihren "
      "Rücktritt verlangt.")
C8 = "Auch der Gewerkschaftsdachverband CTC distanzierte sich von den Aussagen."
C9 = ("Regierungschef Manuel Marrero kündigte am Dienstag an, die Unterstützung für besonders bedürftige Familien "
      "auszuweiten.")
C10 = "Die US-Botschaft in Havanna warf der kubanischen Führung vor, die Not der Bevölkerung zu leugnen."
C11 = ("Außenminister Bruno Rodríguez wies dies zurück und machte die US-Wirtschaftsblockade für die Krise "
       "verantwortlich.")
C11b = "Marrero räumte zugleich ein, die Regierung habe die Lage vieler Rentner zu lange unterschätzt."
C12 = "Kuba erlebt die schwerste Wirtschaftskrise seit dem Zusammenbruch der Sowjetunion."
C13 = "Lange Stromausfälle, Lebensmittelknappheit und eine hohe Inflation prägen den Alltag."
C14 = ("Nach Schätzungen unabhängiger Demografen haben seit 2021 mehr als eine Million Menschen die Insel "
       "verlassen.")
C15 = "Die Nationalversammlung kommt am Mittwoch zu ihrer regulären Sommersitzung zusammen."

DE03 = {
    "id": "hm405-de-03", "lang": "de", "url": None, "published": "2025-07-16",
    "title": "Kubas Arbeitsministerin tritt nach Äußerungen über Bettler zurück",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C11b, C10, C11], [C12, C13, C14, C15]),
    "events": [
        event("RETREAT", FEITO, None, C1, mode="resign"),
        event("CONCEDE", FEITO, None, C2, date="2025-07-15"),
        event("RETREAT", FEITO, None, C2, mode="resign", date="2025-07-15"),
        event("ACCUSE", FEITO, CUB_BEGGARS, C4, mode="disapprove", date="2025-07-14"),
        event("ACCUSE", DIAZ_CANEL, FEITO, C5, mode="disapprove", date="2025-07-15"),
        event("ACCUSE", CUB_USERS, FEITO, C7, mode="disapprove"),
        event("REQUEST", CUB_USERS, FEITO, C7, mode="change"),
        event("ACCUSE", CTC, FEITO, C8, mode="disapprove"),
        event("AGREE", MARRERO, CUB_FAMILIES, C9, date="2025-07-15"),
        event("CONCEDE", MARRERO, None, C11b),
        event("ACCUSE", US_EMB_HAVANA, CUB_GOV, C10, mode="disapprove"),
        event("ACCUSE", B_RODRIGUEZ, USA_GOV3, C11, mode="allege"),
    ],
    "quotes": [
        quote("Die Ministerin habe ihre Fehler eingeräumt und ihr Amt zur Verfügung gestellt", "Granma", "indirect"),
        quote("in Kuba gebe es keine Bettler, sondern Menschen, die sich als Bettler verkleideten",
              "Marta Elena Feitó", "indirect"),
        quote("Wer an Ampeln Autoscheiben putze, wolle nur ein „bequemes Leben“ führen", "Marta Elena Feitó",
              "indirect"),
        quote("bequemes Leben", "Marta Elena Feitó", "direct"),
        quote("Niemand von uns darf sich von der Realität abwenden", "Miguel Díaz-Canel", "direct"),
        quote("die Regierung habe die Lage vieler Rentner zu lange unterschätzt", "Manuel Marrero", "indirect"),
        quote("die Not der Bevölkerung zu leugnen", "Embassy of the United States in Havana", "indirect"),
        quote("Nach Schätzungen unabhängiger Demografen haben seit 2021 mehr als eine Million Menschen die Insel "
              "verlassen", "independent demographers", "indirect"),
    ],
    "entities": [
        entity("Havana", "LOC", "CUB", ["Havanna"]),
        entity("Cuba", "LOC", "CUB", ["Kubas", "Kuba", "die Insel"]),
        entity("Marta Elena Feitó", "PER", "CUB", ["Kubas Arbeitsministerin Marta Elena Feitó", "Die Ministerin",
                                                   "Feitó", "sie", "die Ministerin", "der Ministerin"]),
        entity("Granma", "ORG", "CUB", ["die Parteizeitung „Granma“"]),
        entity("National Assembly of People's Power", "ORG", "CUB", ["einem Ausschuss der Nationalversammlung",
                                                                     "Die Nationalversammlung"]),
        entity("Cuban beggars", "PER", "CUB", ["Bettler"]),
        entity("Miguel Díaz-Canel", "PER", "CUB", ["Präsident Miguel Díaz-Canel", "er"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Cuban social media users", "PER", "CUB", ["zahlreiche Kubaner"]),
        entity("Workers' Central Union of Cuba", "ORG", "CUB", ["der Gewerkschaftsdachverband CTC"]),
        entity("Manuel Marrero", "PER", "CUB", ["Regierungschef Manuel Marrero", "Marrero"]),
        entity("Cuban pensioners", "PER", "CUB", ["vieler Rentner"]),
        entity("needy families in Cuba", "PER", "CUB", ["besonders bedürftige Familien"]),
        entity("Embassy of the United States in Havana", "ORG", "USA", ["Die US-Botschaft in Havanna"]),
        entity("Government of Cuba", "ORG", "CUB", ["der kubanischen Führung", "die Regierung"]),
        entity("Bruno Rodríguez", "PER", "CUB", ["Außenminister Bruno Rodríguez"]),
        entity("United States embargo against Cuba", "MISC", "USA", ["die US-Wirtschaftsblockade"]),
        entity("Soviet Union", "LOC", "SUN", ["der Sowjetunion"]),
        entity("independent demographers", "PER", "CUB", ["unabhängiger Demografen"]),
    ],
}

# ---------------------------------------------------------------- hm405-de-04 (El Salvador, journalists in exile)
EL_FARO = actor("El Faro", "SLV", "MED")
SLV_FISCALIA = actor("Attorney General's Office of El Salvador", "SLV", "JUD")
DADA = actor("Carlos Dada", "SLV", "MED")
SLV_GOV = actor("Government of El Salvador", "SLV", "GOV")
BUKELE = actor("Nayib Bukele", "SLV", "GOV")
SLV_EXILED_JOURNALISTS = actor("exiled Salvadoran journalists", "SLV", "MED")
SLV_POLICE = actor("National Civil Police of El Salvador", "SLV", "COP")
RUTH_LOPEZ = actor("Ruth López", "SLV", "NGO")
IACHR = actor("Inter-American Commission on Human Rights", "IGO", "IGO")
OHCHR = actor("Office of the United Nations High Commissioner for Human Rights", "UNO", "IGO")
HR_GROUPS = actor("human rights groups", "SLV", "NGO")
SLV_AUTHORITIES = actor("Salvadoran authorities", "SLV", "GOV")

F1 = ("San Salvador (dpa) - Aus Angst vor Festnahmen haben in El Salvador nach Angaben der Journalistenvereinigung "
      "APES seit Mai mindestens 40 Reporter das Land verlassen.")
F2 = ("Viele fürchteten, wegen ihrer Berichterstattung oder unter dem neuen Gesetz über ausländische Agenten verfolgt "
      "zu werden, teilte die Organisation am Dienstag mit.")
F3 = ("Unter ihnen sind sieben Mitarbeiter der Onlinezeitung „El Faro“, die zuletzt über mutmaßliche Absprachen "
      "zwischen der Regierung von Präsident Nayib Bukele und der Bande MS-13 berichtet hatte.")
F4 = "Nach Angaben der Zeitung bereitet die Generalstaatsanwaltschaft Haftbefehle gegen die Journalisten vor."
F5 = ("El-Faro-Direktor Carlos Dada warf der Regierung eine „Kampagne der Einschüchterung“ gegen unabhängige Medien "
      "vor.")
F6 = "Die Generalstaatsanwaltschaft wies die Berichte über Haftbefehle als „falsch“ zurück."
F7 = ("Bukele warf den geflohenen Journalisten auf der Plattform X vor, sich als Opfer darzustellen, um Geld aus dem "
      "Ausland zu bekommen.")
F8 = "Seit Mai gilt in El Salvador ein Gesetz über ausländische Agenten."
F9 = "Es sieht eine Steuer von 30 Prozent auf Zahlungen aus dem Ausland an Organisationen und Medien vor."
F10 = ("Kurz vor der Verabschiedung hatte die Polizei die Anwältin Ruth López von der Menschenrechtsorganisation "
       "Cristosal unter dem Vorwurf der Veruntreuung festgenommen.")
F11 = "Cristosal verlegte daraufhin einen Teil seiner Mitarbeiter nach Guatemala."
F12 = ("Die Interamerikanische Menschenrechtskommission forderte die Regierung in San Salvador auf, die Arbeit von "
       "Journalisten zu schützen.")
F13 = "Auch das UN-Menschenrechtsbüro in Genf äußerte sich besorgt."
F14 = "Bukele genießt wegen seines harten Vorgehens gegen die Banden große Zustimmung in der Bevölkerung."
F15 = "Seit März 2022 gilt ein Ausnahmezustand, unter dem mehr als 85.000 mutmaßliche Bandenmitglieder festgenommen wurden."
F16 = "Menschenrechtsgruppen werfen den Behörden willkürliche Festnahmen und Misshandlungen in den Gefängnissen vor."

DE04 = {
    "id": "hm405-de-04", "lang": "de", "url": None, "published": "2025-06-25",
    "title": "Dutzende Journalisten verlassen El Salvador",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9, F10, F11], [F12, F13], [F14, F15, F16]),
    "events": [
        event("ACCUSE", EL_FARO, SLV_FISCALIA, F4, mode="allege"),
        event("ACCUSE", DADA, SLV_GOV, F5, mode="disapprove"),
        event("ACCUSE", BUKELE, SLV_EXILED_JOURNALISTS, F7, mode="disapprove"),
        event("COERCE", SLV_POLICE, RUTH_LOPEZ, F10, mode="arrest"),
        event("REQUEST", IACHR, SLV_GOV, F12, mode="change"),
        event("ACCUSE", OHCHR, SLV_GOV, F13, mode="disapprove"),
        event("ACCUSE", HR_GROUPS, SLV_AUTHORITIES, F16, mode="allege"),
    ],
    "quotes": [
        quote("Aus Angst vor Festnahmen haben in El Salvador nach Angaben der Journalistenvereinigung APES seit Mai "
              "mindestens 40 Reporter das Land verlassen", "Association of Journalists of El Salvador", "indirect"),
        quote("Viele fürchteten, wegen ihrer Berichterstattung oder unter dem neuen Gesetz über ausländische Agenten "
              "verfolgt zu werden", "Association of Journalists of El Salvador", "indirect"),
        quote("Nach Angaben der Zeitung bereitet die Generalstaatsanwaltschaft Haftbefehle gegen die Journalisten vor",
              "El Faro", "indirect"),
        quote("Kampagne der Einschüchterung", "Carlos Dada", "direct"),
        quote("falsch", "Attorney General's Office of El Salvador", "direct"),
        quote("sich als Opfer darzustellen, um Geld aus dem Ausland zu bekommen", "Nayib Bukele", "indirect"),
        quote("die Arbeit von Journalisten zu schützen", "Inter-American Commission on Human Rights", "indirect"),
    ],
    "entities": [
        entity("San Salvador", "LOC", "SLV", ["San Salvador"]),
        entity("El Salvador", "LOC", "SLV", ["El Salvador", "das Land"]),
        entity("Association of Journalists of El Salvador", "ORG", "SLV",
               ["der Journalistenvereinigung APES", "die Organisation"]),
        entity("Salvadoran journalists in exile", "PER", "SLV", ["mindestens 40 Reporter", "Viele", "ihrer",
                                                                 "den geflohenen Journalisten"]),
        entity("El Faro", "ORG", "SLV", ["der Onlinezeitung „El Faro“", "der Zeitung"]),
        entity("El Faro journalists", "PER", "SLV", ["sieben Mitarbeiter der Onlinezeitung „El Faro“",
                                                     "die Journalisten"]),
        entity("Government of El Salvador", "ORG", "SLV", ["der Regierung von Präsident Nayib Bukele",
                                                           "der Regierung", "die Regierung in San Salvador"]),
        entity("Nayib Bukele", "PER", "SLV", ["Präsident Nayib Bukele", "Bukele", "seines"]),
        entity("MS-13", "ORG", "SLV", ["der Bande MS-13"]),
        entity("Attorney General's Office of El Salvador", "ORG", "SLV", ["die Generalstaatsanwaltschaft",
                                                                          "Die Generalstaatsanwaltschaft"]),
        entity("Carlos Dada", "PER", "SLV", ["El-Faro-Direktor Carlos Dada"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Foreign Agents Law", "MISC", "SLV", ["dem neuen Gesetz über ausländische Agenten",
                                                     "ein Gesetz über ausländische Agenten", "Es"]),
        entity("National Civil Police of El Salvador", "ORG", "SLV", ["die Polizei"]),
        entity("Ruth López", "PER", "SLV", ["die Anwältin Ruth López"]),
        entity("Cristosal", "ORG", "SLV", ["der Menschenrechtsorganisation Cristosal", "Cristosal"]),
        entity("Guatemala", "LOC", "GTM", ["Guatemala"]),
        entity("Inter-American Commission on Human Rights", "ORG", "IGO",
               ["Die Interamerikanische Menschenrechtskommission"]),
        entity("Office of the United Nations High Commissioner for Human Rights", "ORG", "UNO",
               ["das UN-Menschenrechtsbüro in Genf"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("human rights groups", "ORG", "SLV", ["Menschenrechtsgruppen"]),
        entity("Salvadoran authorities", "ORG", "SLV", ["den Behörden"]),
    ],
}

# ---------------------------------------------------------------- hm405-en-01 (US/Haiti, Springfield threats)
DEWINE = actor("Mike DeWine", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "PTY")
HAITIANS_SPRINGFIELD = actor("Haitian immigrants in Springfield", "HTI", "CVL")
THREAT_SENDERS = actor("senders of the Springfield bomb threats", "USA", "CVL")
SPRINGFIELD_CITY = actor("City of Springfield", "USA", "GOV")
SPRINGFIELD_POLICE = actor("Springfield Police Division", "USA", "COP")
VANCE = actor("JD Vance", "USA", "PTY")
USA_GOV_E = actor("Government of the United States", "USA", "GOV")
RUE = actor("Rob Rue", "USA", "GOV")
HTI_MFA = actor("Ministry of Foreign Affairs of Haiti", "HTI", "GOV")
HARRIS_CAMPAIGN = actor("Kamala Harris presidential campaign", "USA", "PTY")

S1 = ("SPRINGFIELD, Ohio (AP) — Ohio Gov. Mike DeWine on Monday ordered state troopers into every public school in "
      "Springfield after a wave of bomb threats that followed false claims by Donald Trump that Haitian immigrants in "
      "the city are eating pets.")
S2 = ("The city has received at least 33 bomb threats since Thursday, forcing the evacuation of City Hall, two "
      "elementary schools and a hospital, officials said.")
S3 = "All of the threats have turned out to be hoaxes, and no one has been arrested."
S4 = "\u201cWe will not let the community be intimidated,\u201d DeWine told reporters after meeting city leaders in Springfield."
S5 = ("The Republican governor, who has endorsed Trump, said there was no evidence for the claims and that the "
      "Haitians in Springfield were in the country legally.")
S6 = ("Trump made the claim during last Tuesday's presidential debate with Vice President Kamala Harris, saying "
      "\u201cthey're eating the dogs\u201d and \u201cthey're eating the cats.\u201d")
S7 = "His running mate, Ohio Sen. JD Vance, had spread the rumor on social media the day before."
S8 = "Vance has also accused the Biden administration of allowing some 20,000 Haitians to settle in the small city."
S9 = ("Springfield Mayor Rob Rue asked political leaders, including Trump and Vance, to stop spreading misinformation "
      "about his city.")
S10 = ("Haiti's Foreign Ministry said it was \u201cdeeply concerned\u201d by the remarks and urged U.S. authorities to "
       "protect Haitian nationals living in Ohio.")
S11 = ("Between 12,000 and 15,000 Haitian immigrants have moved to Springfield in recent years, drawn by jobs in "
       "factories and warehouses.")
S12 = ("Many of them are in the country under Temporary Protected Status, a program that shields people from "
       "deportation to countries hit by war or disaster.")
S13 = ("The Harris campaign accused Trump of spreading \u201cdangerous lies\u201d that put an entire community at "
       "risk.")
S14 = ("Trump campaign spokeswoman Karoline Leavitt said the former president was \u201craising legitimate "
       "concerns\u201d about illegal immigration.")
S15 = "Springfield police said they had no credible reports of pets being harmed by immigrants."

EN01 = {
    "id": "hm405-en-01", "lang": "en", "url": None, "published": "2024-09-16",
    "title": "Ohio sends troopers to Springfield schools after bomb threats over false claims about Haitians",
    "text": paragraphs([S1, S2, S3], [S4, S5], [S6, S7, S8], [S9, S10], [S11, S12], [S13, S14, S15]),
    "events": [
        event("MOBILIZE", DEWINE, None, S1, mode="police", date="2024-09-16", location="Springfield",
              location_country="USA"),
        event("THREATEN", THREAT_SENDERS, SPRINGFIELD_CITY, S1, mode="violence", location="Springfield",
              location_country="USA"),
        event("ACCUSE", TRUMP, HAITIANS_SPRINGFIELD, S1, mode="allege"),
        event("THREATEN", THREAT_SENDERS, SPRINGFIELD_CITY, S2, mode="violence", location="Springfield",
              location_country="USA"),
        event("COERCE", SPRINGFIELD_POLICE, THREAT_SENDERS, S3, mode="arrest", negated=True),
        event("CONSULT", DEWINE, SPRINGFIELD_CITY, S4, mode="meet", date="2024-09-16", location="Springfield",
              location_country="USA"),
        event("ACCUSE", TRUMP, HAITIANS_SPRINGFIELD, S6, mode="allege", date="2024-09-10"),
        event("ACCUSE", VANCE, HAITIANS_SPRINGFIELD, S7, mode="allege", date="2024-09-09"),
        event("ACCUSE", VANCE, USA_GOV_E, S8, mode="disapprove"),
        event("REQUEST", RUE, TRUMP, S9, mode="change"),
        event("REQUEST", RUE, VANCE, S9, mode="change"),
        event("ACCUSE", HTI_MFA, TRUMP, S10, mode="disapprove"),
        event("REQUEST", HTI_MFA, USA_GOV_E, S10, mode="assist"),
        event("ACCUSE", HARRIS_CAMPAIGN, TRUMP, S13, mode="disapprove"),
    ],
    "quotes": [
        quote("The city has received at least 33 bomb threats since Thursday, forcing the evacuation of City Hall, "
              "two elementary schools and a hospital", "Springfield city officials", "indirect"),
        quote("We will not let the community be intimidated", "Mike DeWine", "direct"),
        quote("there was no evidence for the claims and that the Haitians in Springfield were in the country legally",
              "Mike DeWine", "indirect"),
        quote("they're eating the dogs", "Donald Trump", "direct"),
        quote("they're eating the cats", "Donald Trump", "direct"),
        quote("deeply concerned", "Ministry of Foreign Affairs of Haiti", "direct"),
        quote("it was \u201cdeeply concerned\u201d by the remarks", "Ministry of Foreign Affairs of Haiti", "indirect"),
        quote("dangerous lies", "Kamala Harris presidential campaign", "direct"),
        quote("raising legitimate concerns", "Karoline Leavitt", "direct"),
        quote("the former president was \u201craising legitimate concerns\u201d about illegal immigration",
              "Karoline Leavitt", "indirect"),
        quote("they had no credible reports of pets being harmed by immigrants", "Springfield Police Division",
              "indirect"),
    ],
    "entities": [
        entity("Springfield", "LOC", "USA", ["SPRINGFIELD", "Springfield", "the city", "The city", "his city",
                                             "the small city"]),
        entity("Ohio", "LOC", "USA", ["Ohio"]),
        entity("Mike DeWine", "PER", "USA", ["Ohio Gov. Mike DeWine", "DeWine", "The Republican governor"]),
        entity("Ohio State Highway Patrol", "ORG", "USA", ["state troopers"]),
        entity("Donald Trump", "PER", "USA", ["Donald Trump", "Trump", "His", "the former president"]),
        entity("Haitian immigrants in Springfield", "PER", "HTI",
               ["Haitian immigrants in the city", "the Haitians in Springfield", "some 20,000 Haitians",
                "Haitian immigrants", "Many of them", "immigrants"]),
        entity("Springfield City Hall", "LOC", "USA", ["City Hall"]),
        entity("City of Springfield", "ORG", "USA", ["city leaders"]),
        entity("Kamala Harris", "PER", "USA", ["Vice President Kamala Harris"]),
        entity("JD Vance", "PER", "USA", ["His running mate, Ohio Sen. JD Vance", "Vance"]),
        entity("Biden administration", "ORG", "USA", ["the Biden administration"]),
        entity("Rob Rue", "PER", "USA", ["Springfield Mayor Rob Rue", "his"]),
        entity("Ministry of Foreign Affairs of Haiti", "ORG", "HTI", ["Haiti's Foreign Ministry", "it"]),
        entity("Haiti", "LOC", "HTI", ["Haiti's"]),
        entity("Government of the United States", "ORG", "USA", ["U.S. authorities"]),
        entity("Haitian nationals in Ohio", "PER", "HTI", ["Haitian nationals living in Ohio"]),
        entity("Temporary Protected Status", "MISC", "USA", ["Temporary Protected Status"]),
        entity("Kamala Harris presidential campaign", "ORG", "USA", ["The Harris campaign"]),
        entity("Donald Trump presidential campaign", "ORG", "USA", ["Trump campaign"]),
        entity("Karoline Leavitt", "PER", "USA", ["Trump campaign spokeswoman Karoline Leavitt"]),
        entity("Springfield Police Division", "ORG", "USA", ["Springfield police", "they"]),
    ],
}

# ---------------------------------------------------------------- hm405-en-02 (US, Trump arraigned in Miami)
US_MARSHALS = actor("United States Marshals Service", "USA", "COP")
TRUMP2 = actor("Donald Trump", "USA", "PTY")
JACK_SMITH = actor("Jack Smith", "USA", "JUD")
GOODMAN = actor("Jonathan Goodman", "USA", "JUD")
NAUTA = actor("Walt Nauta", "USA", "CVL")
US_PROSECUTORS = actor("federal prosecutors", "USA", "JUD")
TRUMP_SUPPORTERS = actor("supporters of Donald Trump", "USA", "CVL")
US_DOJ2 = actor("United States Department of Justice", "USA", "GOV")
MIAMI_POLICE = actor("Miami Police Department", "USA", "COP")
BIDEN2 = actor("Joe Biden", "USA", "GOV")
MCCARTHY = actor("Kevin McCarthy", "USA", "LEG")
GOP_LEADERS = actor("Republican congressional leaders", "USA", "LEG")
FBI = actor("Federal Bureau of Investigation", "USA", "COP")

J1 = ("MIAMI (AP) — Donald Trump pleaded not guilty Tuesday to federal charges that he illegally kept classified "
      "documents at his Mar-a-Lago estate and obstructed government efforts to get them back.")
J2 = ("The former president surrendered to U.S. marshals at the federal courthouse in Miami before the hearing and "
      "was booked, though no mug shot was taken, officials said.")
J3 = ("The 37-count indictment, brought by special counsel Jack Smith and unsealed Friday, accuses Trump of keeping "
      "top-secret records on nuclear programs and military plans in a ballroom, a bathroom and a storage room.")
J4 = ("Magistrate Judge Jonathan Goodman set no bail but barred Trump from discussing the case with witnesses, "
      "including his aide and co-defendant Walt Nauta.")
J5 = ("Nauta, who prosecutors say moved boxes at Trump's direction and lied to the FBI about it, did not enter a "
      "plea because he has not yet hired a Florida lawyer.")
J6 = ("Several hundred Trump supporters rallied outside the courthouse, waving flags and chanting against the "
      "Justice Department.")
J7 = "Miami police, who had prepared for crowds of up to 50,000, reported no arrests."
J8 = ("After the hearing, Trump stopped at Versailles, a Cuban restaurant in Little Havana, where supporters sang "
      "\u201cHappy Birthday\u201d to him a day before his 77th birthday.")
J9 = ("Later Tuesday, at his golf club in Bedminster, New Jersey, Trump called Smith \u201cderanged\u201d and "
      "accused President Joe Biden of using the Justice Department to get rid of his main rival in the 2024 "
      "election.")
J10 = "The White House declined to comment."
J11 = ("House Speaker Kevin McCarthy and other Republican leaders have accused the Justice Department of a double "
       "standard, pointing to classified documents found at Biden's home and former office.")
J12 = ("\u201cWe have one set of laws in this country, and they apply to everyone,\u201d Smith said when the "
       "indictment was unsealed.")
J13 = "The FBI seized the documents during an August 2022 search of Mar-a-Lago, Trump's Palm Beach estate."
J14 = "The case has been assigned to U.S. District Judge Aileen Cannon, whom Trump appointed in 2020."
J15 = ("Trump remains the front-runner for the Republican presidential nomination, and polls show the charges have "
       "not hurt his standing with Republican voters.")

EN02 = {
    "id": "hm405-en-02", "lang": "en", "url": None, "published": "2023-06-13",
    "title": "Trump pleads not guilty in Miami to charges of mishandling classified documents",
    "text": paragraphs([J1, J2, J3], [J4, J5], [J6, J7, J8], [J9, J10, J11, J12], [J13, J14, J15]),
    "events": [
        event("COERCE", US_MARSHALS, TRUMP2, J2, mode="arrest", date="2023-06-13", location="Miami",
              location_country="USA"),
        event("ACCUSE", JACK_SMITH, TRUMP2, J3, mode="allege"),
        event("COERCE", GOODMAN, TRUMP2, J4, mode="restrict", date="2023-06-13", location="Miami",
              location_country="USA"),
        event("ACCUSE", US_PROSECUTORS, NAUTA, J5, mode="allege"),
        event("PROTEST", TRUMP_SUPPORTERS, US_DOJ2, J6, mode="demo", date="2023-06-13", location="Miami",
              location_country="USA"),
        event("COERCE", MIAMI_POLICE, TRUMP_SUPPORTERS, J7, mode="arrest", date="2023-06-13", location="Miami",
              location_country="USA", negated=True),
        event("ACCUSE", TRUMP2, JACK_SMITH, J9, mode="disapprove", date="2023-06-13", location="Bedminster",
              location_country="USA"),
        event("ACCUSE", TRUMP2, BIDEN2, J9, mode="allege", date="2023-06-13", location="Bedminster",
              location_country="USA"),
        event("ACCUSE", MCCARTHY, US_DOJ2, J11, mode="disapprove"),
        event("ACCUSE", GOP_LEADERS, US_DOJ2, J11, mode="disapprove"),
        event("COERCE", FBI, TRUMP2, J13, mode="seize", location="Palm Beach", location_country="USA"),
    ],
    "quotes": [
        quote("The former president surrendered to U.S. marshals at the federal courthouse in Miami before the "
              "hearing and was booked, though no mug shot was taken", "U.S. officials", "indirect"),
        quote("moved boxes at Trump's direction and lied to the FBI about it", "federal prosecutors", "indirect"),
        quote("Happy Birthday", "supporters of Donald Trump", "direct"),
        quote("deranged", "Donald Trump", "direct"),
        quote("We have one set of laws in this country, and they apply to everyone", "Jack Smith", "direct"),
        quote("polls show the charges have not hurt his standing with Republican voters", "opinion polls",
              "indirect"),
    ],
    "entities": [
        entity("Miami", "LOC", "USA", ["MIAMI", "Miami"]),
        entity("Donald Trump", "PER", "USA", ["Donald Trump", "he", "his", "The former president", "Trump",
                                              "Trump's", "him"]),
        entity("Mar-a-Lago", "LOC", "USA", ["his Mar-a-Lago estate", "Mar-a-Lago, Trump's Palm Beach estate"]),
        entity("United States Marshals Service", "ORG", "USA", ["U.S. marshals"]),
        entity("Wilkie D. Ferguson Jr. United States Courthouse", "LOC", "USA",
               ["the federal courthouse in Miami", "the courthouse"]),
        entity("Jack Smith", "PER", "USA", ["special counsel Jack Smith", "Smith"]),
        entity("Jonathan Goodman", "PER", "USA", ["Magistrate Judge Jonathan Goodman"]),
        entity("Walt Nauta", "PER", "USA", ["his aide and co-defendant Walt Nauta", "Nauta", "he"]),
        entity("federal prosecutors", "ORG", "USA", ["prosecutors"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["the FBI", "The FBI"]),
        entity("Florida", "LOC", "USA", ["Florida"]),
        entity("supporters of Donald Trump", "PER", "USA", ["Several hundred Trump supporters", "supporters"]),
        entity("United States Department of Justice", "ORG", "USA", ["the Justice Department"]),
        entity("Miami Police Department", "ORG", "USA", ["Miami police"]),
        entity("Versailles", "LOC", "USA", ["Versailles, a Cuban restaurant in Little Havana"]),
        entity("Little Havana", "LOC", "USA", ["Little Havana"]),
        entity("Trump National Golf Club Bedminster", "LOC", "USA", ["his golf club in Bedminster, New Jersey"]),
        entity("Bedminster", "LOC", "USA", ["Bedminster"]),
        entity("New Jersey", "LOC", "USA", ["New Jersey"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "Biden's"]),
        entity("White House", "ORG", "USA", ["The White House"]),
        entity("Kevin McCarthy", "PER", "USA", ["House Speaker Kevin McCarthy"]),
        entity("Republican congressional leaders", "PER", "USA", ["other Republican leaders"]),
        entity("Palm Beach", "LOC", "USA", ["Palm Beach"]),
        entity("Aileen Cannon", "PER", "USA", ["U.S. District Judge Aileen Cannon"]),
        entity("Republican Party", "ORG", "USA", ["Republican"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
