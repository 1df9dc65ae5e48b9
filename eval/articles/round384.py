"""Round 384: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm384-de-01: Peru: a Lima court sentences ex-president Alejandro Toledo to 20 years and six months for Odebrecht bribes over the Interoceánica highway; prosecutors' demand met, Toledo denies, his lawyer Roberto Su objects and will appeal, the 2023 US extradition, Barata's testimony, prosecutor José Domingo Pérez welcomes it, charges against Eliane Karp and the extradition request to Israel, Justice Minister Arana backs the court, Kuczynski's 2018 resignation recalled (2024-10-21).
- hm384-de-02: Brazil: the Senate's constitution and justice committee unanimously rejects the "PEC da Blindagem" shielding lawmakers from prosecution after nationwide protests; Alcolumbre shelves it, rapporteur Vieira attacks it, Veloso, Gil and Buarque at the Copacabana protest, Lula welcomes the vote, Motta defends the bill and attacks the Supreme Court, the PL's Cavalcante accuses the Senate and the PL presses for the amnesty, Bolsonaro's sentence and house arrest recalled (2025-09-24).
- hm384-de-03: Argentina/United States: Judge Loretta Preska orders Argentina to hand over its 51% YPF stake to satisfy the $16.1 billion judgment won by Petersen and Eton Park; the 2012 Repsol expropriation, Milei vows to appeal and blames Kicillof, Kicillof hits back, Burford welcomes the order and offers talks, Caputo refuses (2025-07-01).
- hm384-de-04: Guatemala: prosecutors arrest deputy energy minister Luis Pacheco and Héctor Chaclán, leaders of the 2023 indigenous blockades, on terrorism charges; Arévalo condemns "criminalisation" and again demands Porras's resignation, the 48 Cantons demand their release and rally at the Torre de Tribunales, the UN rights office asks for a fair trial, US and EU sanctions on Porras and the Semilla suspension recalled (2025-04-23).
- hm384-en-01: United States/Honduras: Judge P. Kevin Castel sentences ex-president Juan Orlando Hernández to 45 years and an $8 million fine for drug trafficking in New York; prosecutors had sought life, Hernández denies, his lawyer Renato Stabile will appeal, Garland accuses him, the 2022 arrest and extradition recalled, Ana García de Hernández objects, Honduran migrants celebrate outside court (2024-06-26).
- hm384-en-02: United States/Mexico: the U.S. Supreme Court unanimously throws out Mexico's $10 billion lawsuit against U.S. gun makers; the 2021 suit against Smith & Wesson, Beretta, Colt and Glock, the Arizona gun-store suit, Sheinbaum urges Washington to act, the NSSF welcomes the ruling, Smith & Wesson attacks Mexico, Brady criticises the court (2025-06-05).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm384-de-01 (Peru, Alejandro Toledo sentenced)
LIMA_COURT = actor("Lima criminal court", "PER", "JUD")
TOLEDO = actor("Alejandro Toledo", "PER", "CVL")
PER_PROSECUTORS = actor("Public Ministry of Peru", "PER", "JUD")
SU = actor("Roberto Su", "PER", "CVL")
USA_GOV1 = actor("Government of the United States", "USA", "GOV")
PER_GOV = actor("Government of Peru", "PER", "GOV")
BARATA = actor("Jorge Barata", "BRA", "BUS")
PEREZ = actor("José Domingo Pérez", "PER", "JUD")
KARP = actor("Eliane Karp", "PER", "CVL")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
ARANA = actor("Eduardo Arana", "PER", "GOV")
KUCZYNSKI = actor("Pedro Pablo Kuczynski", "PER", "GOV")

P1 = ("Lima (dpa) - Perus früherer Präsident Alejandro Toledo ist wegen Bestechung durch den brasilianischen "
      "Baukonzern Odebrecht zu 20 Jahren und sechs Monaten Haft verurteilt worden.")
P2 = "Ein Strafgericht in Lima sprach den 78-Jährigen am Montag der illegalen Absprache und der Geldwäsche schuldig."
P3 = ("Laut Anklage kassierte Toledo während seiner Amtszeit von 2001 bis 2006 bis zu 35 Millionen US-Dollar von "
      "Odebrecht, damit der Konzern den Zuschlag für zwei Abschnitte der Fernstraße Interoceánica nach Brasilien "
      "erhielt.")
P4 = "Die Staatsanwaltschaft hatte genau dieses Strafmaß gefordert."
P5 = "Toledo verfolgte die Urteilsverkündung im Rollstuhl und beteuerte erneut seine Unschuld."
P6 = "„Ich habe von Odebrecht nie einen Cent bekommen“, sagte der an Krebs erkrankte Ex-Staatschef."
P7 = "Sein Anwalt Roberto Su sprach von einem „politischen Urteil“ und kündigte Berufung an."
P8 = ("Toledo sitzt bereits seit April 2023 im Gefängnis Barbadillo am Stadtrand von Lima, nachdem die USA ihn an Peru "
      "ausgeliefert hatten.")
P9 = "In derselben Haftanstalt sind auch die früheren Präsidenten Pedro Castillo und Ollanta Humala untergebracht."
P10 = "Der frühere Odebrecht-Chef in Peru, Jorge Barata, hatte Toledo im Prozess schwer belastet."
P11 = "Staatsanwalt José Domingo Pérez zeigte sich nach dem Urteil zufrieden."
P12 = ("„Heute hat die Justiz gezeigt, dass auch ein Ex-Präsident nicht über dem Gesetz steht“, sagte er vor "
       "Journalisten.")
P13 = ("Die Staatsanwaltschaft wirft auch Toledos Ehefrau Eliane Karp vor, einen Teil des Geldes über eine "
       "Briefkastenfirma in Costa Rica gewaschen zu haben.")
P14 = "Peru hat Israel, wo Karp lebt, bislang vergeblich um ihre Auslieferung ersucht."
P15 = "Justizminister Eduardo Arana sagte, das Urteil belege die Unabhängigkeit der peruanischen Justiz."
P16 = "Der Odebrecht-Skandal hat seit 2016 fast alle früheren Staatschefs Perus in Bedrängnis gebracht."
P17 = ("Pedro Pablo Kuczynski trat 2018 als Präsident zurück, nachdem seine Verbindungen zu dem Konzern bekannt "
       "geworden waren.")

DE01 = {
    "id": "hm384-de-01", "lang": "de", "url": None, "published": "2024-10-21",
    "title": "Perus Ex-Präsident Toledo zu mehr als 20 Jahren Haft verurteilt",
    "text": paragraphs([P1, P2, P3, P4], [P5, P6, P7], [P8, P9, P10], [P11, P12, P13, P14], [P15, P16, P17]),
    "events": [
        event("SANCTION", LIMA_COURT, TOLEDO, P1, mode="convict", location_country="PER"),
        event("COERCE", LIMA_COURT, TOLEDO, P1, mode="arrest", location_country="PER"),
        event("SANCTION", LIMA_COURT, TOLEDO, P2, mode="convict", date="2024-10-21", location="Lima",
              location_country="PER"),
        event("ACCUSE", PER_PROSECUTORS, TOLEDO, P3, mode="allege"),
        event("REQUEST", PER_PROSECUTORS, LIMA_COURT, P4),
        event("ACCUSE", SU, LIMA_COURT, P7, mode="disapprove"),
        event("REJECT", SU, LIMA_COURT, P7),
        event("COOPERATE", USA_GOV1, PER_GOV, P8),
        event("ACCUSE", BARATA, TOLEDO, P10, mode="allege"),
        event("SUPPORT", PEREZ, LIMA_COURT, P11),
        event("ACCUSE", PER_PROSECUTORS, KARP, P13, mode="allege"),
        event("REQUEST", PER_GOV, ISR_GOV, P14),
        event("SUPPORT", ARANA, LIMA_COURT, P15),
        event("RETREAT", KUCZYNSKI, None, P17, mode="resign"),
    ],
    "quotes": [
        quote("Laut Anklage kassierte Toledo während seiner Amtszeit von 2001 bis 2006 bis zu 35 Millionen US-Dollar "
              "von Odebrecht, damit der Konzern den Zuschlag für zwei Abschnitte der Fernstraße Interoceánica nach "
              "Brasilien erhielt", "Public Ministry of Peru", "indirect"),
        quote("Ich habe von Odebrecht nie einen Cent bekommen", "Alejandro Toledo", "direct"),
        quote("politischen Urteil", "Roberto Su", "direct"),
        quote("Heute hat die Justiz gezeigt, dass auch ein Ex-Präsident nicht über dem Gesetz steht",
              "José Domingo Pérez", "direct"),
        quote("einen Teil des Geldes über eine Briefkastenfirma in Costa Rica gewaschen zu haben",
              "Public Ministry of Peru", "indirect"),
        quote("das Urteil belege die Unabhängigkeit der peruanischen Justiz", "Eduardo Arana", "indirect"),
    ],
    "entities": [
        entity("Lima", "LOC", "PER", ["Lima"]),
        entity("Peru", "LOC", "PER", ["Perus", "Peru"]),
        entity("Alejandro Toledo", "PER", "PER", ["Perus früherer Präsident Alejandro Toledo", "den 78-Jährigen",
                                                  "Toledo", "der an Krebs erkrankte Ex-Staatschef", "ihn",
                                                  "Toledos"]),
        entity("Odebrecht", "ORG", "BRA", ["den brasilianischen Baukonzern Odebrecht", "Odebrecht", "der Konzern",
                                           "dem Konzern"]),
        entity("Lima criminal court", "ORG", "PER", ["Ein Strafgericht in Lima"]),
        entity("Public Ministry of Peru", "ORG", "PER", ["Anklage", "Die Staatsanwaltschaft"]),
        entity("Interoceanic Highway", "LOC", "PER", ["der Fernstraße Interoceánica"]),
        entity("Brazil", "LOC", "BRA", ["Brasilien"]),
        entity("Roberto Su", "PER", "PER", ["Sein Anwalt Roberto Su"]),
        entity("Barbadillo prison", "LOC", "PER", ["Gefängnis Barbadillo", "derselben Haftanstalt"]),
        entity("United States", "LOC", "USA", ["die USA"]),
        entity("Pedro Castillo", "PER", "PER", ["Pedro Castillo"]),
        entity("Ollanta Humala", "PER", "PER", ["Ollanta Humala"]),
        entity("Jorge Barata", "PER", "BRA", ["Der frühere Odebrecht-Chef in Peru, Jorge Barata"]),
        entity("José Domingo Pérez", "PER", "PER", ["Staatsanwalt José Domingo Pérez", "er"]),
        entity("Eliane Karp", "PER", "PER", ["Toledos Ehefrau Eliane Karp", "Karp"]),
        entity("Costa Rica", "LOC", "CRI", ["Costa Rica"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Eduardo Arana", "PER", "PER", ["Justizminister Eduardo Arana"]),
        entity("Pedro Pablo Kuczynski", "PER", "PER", ["Pedro Pablo Kuczynski"]),
    ],
}

# ---------------------------------------------------------------- hm384-de-02 (Brazil, PEC da Blindagem rejected)
BRA_SENATE = actor("Federal Senate of Brazil", "BRA", "LEG")
BRA_CHAMBER = actor("Chamber of Deputies of Brazil", "BRA", "LEG")
SENATE_CCJ = actor("Constitution and Justice Committee of the Federal Senate", "BRA", "LEG")
ALCOLUMBRE = actor("Davi Alcolumbre", "BRA", "LEG")
VIEIRA = actor("Alessandro Vieira", "BRA", "LEG")
BRA_PROTESTERS = actor("protesters against the PEC da Blindagem", "BRA", "CVL")
BRA_CONGRESS = actor("National Congress of Brazil", "BRA", "LEG")
VELOSO = actor("Caetano Veloso", "BRA", "CVL")
GIL = actor("Gilberto Gil", "BRA", "CVL")
BUARQUE = actor("Chico Buarque", "BRA", "CVL")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
MOTTA = actor("Hugo Motta", "BRA", "LEG")
STF = actor("Supreme Federal Court of Brazil", "BRA", "JUD")
CAVALCANTE = actor("Sóstenes Cavalcante", "BRA", "OPP")
PL = actor("Liberal Party (Brazil)", "BRA", "PTY")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")
MORAES = actor("Alexandre de Moraes", "BRA", "JUD")

B1 = ("Brasília (dpa) - Nach Massenprotesten in ganz Brasilien hat der Senat eine umstrittene Verfassungsänderung "
      "gestoppt, die Abgeordnete weitgehend vor Strafverfolgung geschützt hätte.")
B2 = ("Der Verfassungs- und Justizausschuss der Kammer lehnte die als PEC da Blindagem bekannte Vorlage am Mittwoch "
      "einstimmig ab.")
B3 = ("Der Text werde damit zu den Akten gelegt und nicht mehr im Plenum beraten, kündigte Senatspräsident Davi "
      "Alcolumbre an.")
B4 = "Die Abgeordnetenkammer hatte die Verfassungsänderung in der vergangenen Woche mit breiter Mehrheit verabschiedet."
B5 = ("Sie sah vor, dass Strafverfahren gegen Parlamentarier nur mit Zustimmung ihrer Kammer in geheimer Abstimmung "
      "eröffnet werden dürfen.")
B6 = ("Der Berichterstatter im Ausschuss, Senator Alessandro Vieira, nannte die Vorlage einen „Freibrief für das "
      "organisierte Verbrechen“.")
B7 = ("Am Sonntag waren in allen 26 Hauptstädten der Bundesstaaten und in Brasília Zehntausende Menschen gegen die "
      "Verfassungsänderung und gegen eine geplante Amnestie für verurteilte Anhänger des früheren Präsidenten Jair "
      "Bolsonaro auf die Straße gegangen.")
B8 = ("In Rio de Janeiro traten an der Copacabana unter anderem die Musiker Caetano Veloso, Gilberto Gil und Chico "
      "Buarque vor den Demonstranten auf.")
B9 = "Präsident Luiz Inácio Lula da Silva begrüßte die Entscheidung des Senats."
B10 = "„Die Straße hat gesprochen, und der Senat hat zugehört“, schrieb er auf der Plattform X."
B11 = "Der Präsident der Abgeordnetenkammer, Hugo Motta, verteidigte das Vorhaben dagegen."
B12 = ("Es gehe nicht um Straflosigkeit, sondern um den Schutz gewählter Abgeordneter vor Übergriffen des Obersten "
       "Gerichts, sagte er.")
B13 = ("Der Fraktionschef von Bolsonaros Liberaler Partei (PL), Sóstenes Cavalcante, warf dem Senat vor, vor der "
       "„linken Straße“ eingeknickt zu sein.")
B14 = ("Die PL verlangt weiterhin eine rasche Abstimmung über die Amnestie für die Beteiligten am Sturm auf die "
       "Regierungsgebäude vom 8. Januar 2023 und für Bolsonaro selbst.")
B15 = ("Das Oberste Gericht hatte den Ex-Präsidenten Anfang September wegen eines Putschversuchs nach der Wahl 2022 zu "
       "27 Jahren und drei Monaten Haft verurteilt.")
B16 = ("Bereits im August hatte Richter Alexandre de Moraes Hausarrest gegen ihn verhängt, weil er gegen gerichtliche "
       "Auflagen verstoßen haben soll.")

DE02 = {
    "id": "hm384-de-02", "lang": "de", "url": None, "published": "2025-09-24",
    "title": "Brasiliens Senat stoppt Schutzschild für Abgeordnete",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6], [B7, B8, B9, B10], [B11, B12, B13, B14], [B15, B16]),
    "events": [
        event("REJECT", BRA_SENATE, BRA_CHAMBER, B1, mode="change", location_country="BRA"),
        event("REJECT", SENATE_CCJ, BRA_CHAMBER, B2, mode="change", date="2025-09-24", location="Brasília",
              location_country="BRA"),
        event("REJECT", ALCOLUMBRE, BRA_CHAMBER, B3, mode="change"),
        event("ACCUSE", VIEIRA, BRA_CHAMBER, B6, mode="disapprove"),
        event("PROTEST", BRA_PROTESTERS, BRA_CONGRESS, B7, mode="demo", date="2025-09-21", location_country="BRA"),
        event("PROTEST", VELOSO, BRA_CONGRESS, B8, mode="demo", location="Rio de Janeiro", location_country="BRA"),
        event("PROTEST", GIL, BRA_CONGRESS, B8, mode="demo", location="Rio de Janeiro", location_country="BRA"),
        event("PROTEST", BUARQUE, BRA_CONGRESS, B8, mode="demo", location="Rio de Janeiro", location_country="BRA"),
        event("SUPPORT", LULA, BRA_SENATE, B9),
        event("ACCUSE", MOTTA, STF, B12, mode="disapprove"),
        event("ACCUSE", CAVALCANTE, BRA_SENATE, B13, mode="disapprove"),
        event("REQUEST", PL, BRA_CHAMBER, B14, mode="change"),
        event("SANCTION", STF, BOLSONARO, B15, mode="convict"),
        event("COERCE", STF, BOLSONARO, B15, mode="arrest"),
        event("COERCE", MORAES, BOLSONARO, B16, mode="arrest"),
    ],
    "quotes": [
        quote("Der Text werde damit zu den Akten gelegt und nicht mehr im Plenum beraten", "Davi Alcolumbre",
              "indirect"),
        quote("Freibrief für das organisierte Verbrechen", "Alessandro Vieira", "direct"),
        quote("Die Straße hat gesprochen, und der Senat hat zugehört", "Luiz Inácio Lula da Silva", "direct"),
        quote("Es gehe nicht um Straflosigkeit, sondern um den Schutz gewählter Abgeordneter vor Übergriffen des "
              "Obersten Gerichts", "Hugo Motta", "indirect"),
        quote("vor der „linken Straße“ eingeknickt zu sein", "Sóstenes Cavalcante", "indirect"),
        quote("linken Straße", "Sóstenes Cavalcante", "direct"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("Brazil", "LOC", "BRA", ["Brasilien"]),
        entity("Federal Senate of Brazil", "ORG", "BRA", ["der Senat", "der Kammer", "des Senats",
                                                          "dem Senat"]),
        entity("Constitution and Justice Committee of the Federal Senate", "ORG", "BRA",
               ["Der Verfassungs- und Justizausschuss der Kammer", "im Ausschuss"]),
        entity("Davi Alcolumbre", "PER", "BRA", ["Senatspräsident Davi Alcolumbre"]),
        entity("Chamber of Deputies of Brazil", "ORG", "BRA", ["Die Abgeordnetenkammer", "der Abgeordnetenkammer"]),
        entity("Alessandro Vieira", "PER", "BRA", ["Der Berichterstatter im Ausschuss, Senator Alessandro Vieira"]),
        entity("protesters against the PEC da Blindagem", "PER", "BRA", ["Zehntausende Menschen", "den Demonstranten"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["des früheren Präsidenten Jair Bolsonaro", "Bolsonaros", "Bolsonaro",
                                                "den Ex-Präsidenten", "ihn", "er"]),
        entity("Rio de Janeiro", "LOC", "BRA", ["Rio de Janeiro"]),
        entity("Copacabana", "LOC", "BRA", ["der Copacabana"]),
        entity("Caetano Veloso", "PER", "BRA", ["Caetano Veloso"]),
        entity("Gilberto Gil", "PER", "BRA", ["Gilberto Gil"]),
        entity("Chico Buarque", "PER", "BRA", ["Chico Buarque"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva", "er"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Hugo Motta", "PER", "BRA", ["Der Präsident der Abgeordnetenkammer, Hugo Motta", "er"]),
        entity("Supreme Federal Court of Brazil", "ORG", "BRA", ["des Obersten Gerichts", "Das Oberste Gericht"]),
        entity("Sóstenes Cavalcante", "PER", "BRA", ["Der Fraktionschef von Bolsonaros Liberaler Partei (PL), "
                                                     "Sóstenes Cavalcante"]),
        entity("Liberal Party (Brazil)", "ORG", "BRA", ["Bolsonaros Liberaler Partei (PL)", "Die PL"]),
        entity("Alexandre de Moraes", "PER", "BRA", ["Richter Alexandre de Moraes"]),
    ],
}

# ---------------------------------------------------------------- hm384-de-03 (Argentina/US, YPF shares order)
SDNY_COURT = actor("United States District Court for the Southern District of New York", "USA", "JUD")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
PRESKA = actor("Loretta Preska", "USA", "JUD")
PETERSEN = actor("Petersen Energía", "ESP", "BUS")
ETON_PARK = actor("Eton Park", "USA", "BUS")
CFK = actor("Cristina Fernández de Kirchner", "ARG", "GOV")
REPSOL = actor("Repsol", "ESP", "BUS")
YPF_MINORITY = actor("YPF minority shareholders", "ARG", "BUS")
MILEI = actor("Javier Milei", "ARG", "GOV")
KICILLOF = actor("Axel Kicillof", "ARG", "OPP")
BURFORD = actor("Burford Capital", "GBR", "BUS")
CAPUTO = actor("Luis Caputo", "ARG", "GOV")

Y1 = ("Buenos Aires (dpa) - Ein US-Gericht hat Argentinien angewiesen, seine Mehrheitsbeteiligung am Ölkonzern YPF "
      "abzugeben, um einen milliardenschweren Rechtsstreit mit früheren Aktionären zu begleichen.")
Y2 = ("Bundesrichterin Loretta Preska in New York gab der argentinischen Regierung am Montag 14 Tage Zeit, die 51 "
      "Prozent der YPF-Aktien auf ein Depot bei der Bank of New York Mellon zu übertragen.")
Y3 = "Damit soll ein Urteil über 16,1 Milliarden US-Dollar vollstreckt werden, das Preska 2023 gegen Argentinien gefällt hatte."
Y4 = ("Geklagt hatten die früheren Minderheitsaktionäre Petersen Energía und Eton Park, deren Verfahren vom "
      "Prozessfinanzierer Burford Capital bezahlt wird.")
Y5 = ("Hintergrund ist die Enteignung des spanischen Konzerns Repsol bei YPF im Jahr 2012 unter der damaligen "
      "Präsidentin Cristina Fernández de Kirchner.")
Y6 = ("Den übrigen Aktionären hatte der Staat damals kein Übernahmeangebot gemacht, obwohl die Satzung des "
      "Unternehmens dies vorschrieb.")
Y7 = ("Präsident Javier Milei kündigte auf der Plattform X an, seine Regierung werde „in allen Instanzen“ Berufung "
      "einlegen.")
Y8 = ("Zugleich gab er dem heutigen Gouverneur der Provinz Buenos Aires, Axel Kicillof, die Schuld an dem "
      "Debakel.")
Y9 = "Kicillof hatte die Verstaatlichung 2012 als Vizewirtschaftsminister vorangetrieben."
Y10 = "„Kicillof ist der größte Vermögensvernichter in der Geschichte Argentiniens“, schrieb Milei."
Y11 = ("Kicillof warf der Regierung seinerseits vor, die Verteidigung des Landes vor Gericht vernachlässigt zu "
       "haben.")
Y12 = ("Burford Capital begrüßte die Entscheidung und erklärte sich erneut zu Verhandlungen mit Buenos Aires über "
       "eine Einigung bereit.")
Y13 = "Wirtschaftsminister Luis Caputo lehnte Gespräche mit dem Fonds vorerst ab."
Y14 = ("Die Regierung gehe davon aus, dass ein Berufungsgericht die Anordnung aussetzen werde, sagte Caputo in einem "
       "Fernsehinterview.")
Y15 = "Die YPF-Aktie fiel an der New Yorker Börse zeitweise um mehr als fünf Prozent."

DE03 = {
    "id": "hm384-de-03", "lang": "de", "url": None, "published": "2025-07-01",
    "title": "US-Richterin verlangt Argentiniens YPF-Anteile",
    "text": paragraphs([Y1, Y2, Y3, Y4], [Y5, Y6], [Y7, Y8, Y9, Y10, Y11], [Y12, Y13, Y14, Y15]),
    "events": [
        event("REQUEST", SDNY_COURT, ARG_GOV, Y1, mode="change"),
        event("REQUEST", PRESKA, ARG_GOV, Y2, mode="change", date="2025-06-30", location="New York",
              location_country="USA"),
        event("SANCTION", PRESKA, ARG_GOV, Y3, mode="convict"),
        event("ACCUSE", PETERSEN, ARG_GOV, Y4, mode="allege"),
        event("ACCUSE", ETON_PARK, ARG_GOV, Y4, mode="allege"),
        event("COERCE", CFK, REPSOL, Y5, mode="seize"),
        event("AGREE", ARG_GOV, YPF_MINORITY, Y6, negated=True),
        event("REJECT", MILEI, PRESKA, Y7),
        event("ACCUSE", MILEI, KICILLOF, Y8, mode="disapprove"),
        event("ACCUSE", MILEI, KICILLOF, Y10, mode="disapprove"),
        event("ACCUSE", KICILLOF, ARG_GOV, Y11, mode="disapprove"),
        event("SUPPORT", BURFORD, PRESKA, Y12),
        event("AGREE", BURFORD, ARG_GOV, Y12, mode="meet"),
        event("REJECT", CAPUTO, BURFORD, Y13, mode="meet"),
    ],
    "quotes": [
        quote("in allen Instanzen", "Javier Milei", "direct"),
        quote("seine Regierung werde „in allen Instanzen“ Berufung einlegen", "Javier Milei", "indirect"),
        quote("Kicillof ist der größte Vermögensvernichter in der Geschichte Argentiniens", "Javier Milei", "direct"),
        quote("die Verteidigung des Landes vor Gericht vernachlässigt zu haben", "Axel Kicillof", "indirect"),
        quote("Die Regierung gehe davon aus, dass ein Berufungsgericht die Anordnung aussetzen werde", "Luis Caputo",
              "indirect"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("United States District Court for the Southern District of New York", "ORG", "USA",
               ["Ein US-Gericht"]),
        entity("Argentina", "LOC", "ARG", ["Argentinien", "Argentiniens", "des Landes"]),
        entity("YPF", "ORG", "ARG", ["Ölkonzern YPF", "YPF", "des Unternehmens"]),
        entity("Loretta Preska", "PER", "USA", ["Bundesrichterin Loretta Preska", "Preska"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Government of Argentina", "ORG", "ARG", ["der argentinischen Regierung", "der Staat",
                                                         "seine Regierung", "der Regierung", "Die Regierung"]),
        entity("Bank of New York Mellon", "ORG", "USA", ["der Bank of New York Mellon"]),
        entity("Petersen Energía", "ORG", "ESP", ["Petersen Energía"]),
        entity("Eton Park", "ORG", "USA", ["Eton Park"]),
        entity("Burford Capital", "ORG", "GBR", ["Prozessfinanzierer Burford Capital", "Burford Capital",
                                                 "dem Fonds"]),
        entity("Repsol", "ORG", "ESP", ["des spanischen Konzerns Repsol"]),
        entity("Cristina Fernández de Kirchner", "PER", "ARG", ["der damaligen Präsidentin Cristina Fernández de "
                                                               "Kirchner"]),
        entity("YPF minority shareholders", "ORG", "ARG", ["Den übrigen Aktionären"]),
        entity("Javier Milei", "PER", "ARG", ["Präsident Javier Milei", "er", "Milei"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Axel Kicillof", "PER", "ARG", ["dem heutigen Gouverneur der Provinz Buenos Aires, Axel Kicillof",
                                               "Kicillof"]),
        entity("Buenos Aires Province", "LOC", "ARG", ["der Provinz Buenos Aires"]),
        entity("Luis Caputo", "PER", "ARG", ["Wirtschaftsminister Luis Caputo", "Caputo"]),
    ],
}

# ---------------------------------------------------------------- hm384-de-04 (Guatemala, Luis Pacheco arrested)
GTM_MP = actor("Public Ministry of Guatemala", "GTM", "JUD")
PACHECO = actor("Luis Pacheco", "GTM", "GOV")
CHACLAN = actor("Héctor Chaclán", "GTM", "CVL")
GTM_PROTESTERS = actor("indigenous protesters in Guatemala in 2023", "GTM", "CVL")
PORRAS = actor("Consuelo Porras", "GTM", "JUD")
AREVALO = actor("Bernardo Arévalo", "GTM", "GOV")
CANTONES = actor("48 Cantones de Totonicapán", "GTM", "CVL")
CANTONES_SUPPORTERS = actor("supporters of the 48 Cantones de Totonicapán", "GTM", "CVL")
OHCHR_GTM = actor("Office of the UN High Commissioner for Human Rights in Guatemala", "UNO", "IGO")
USA_GOV4 = actor("Government of the United States", "USA", "GOV")
EU = actor("European Union", "EUR", "IGO")
SEMILLA = actor("Movimiento Semilla", "GTM", "PTY")

G1 = ("Guatemala-Stadt (dpa) - In Guatemala ist mit Luis Pacheco einer der Anführer der indigenen Proteste zur "
      "Verteidigung der Präsidentenwahl von 2023 festgenommen worden.")
G2 = ("Ermittler der Staatsanwaltschaft nahmen Pacheco, der inzwischen Vizeminister im Energieministerium ist, am "
      "Dienstag fest, ebenso den früheren Schatzmeister der indigenen Organisation 48 Kantone von Totonicapán, Héctor "
      "Chaclán.")
G3 = ("Die Behörde wirft beiden Terrorismus, Behinderung der Justiz und Bildung einer kriminellen Vereinigung im "
      "Zusammenhang mit wochenlangen Straßenblockaden vor.")
G4 = ("Mit den Blockaden hatten Tausende Indigene im Herbst 2023 den Rücktritt von Generalstaatsanwältin Consuelo "
      "Porras gefordert, der sie vorwarfen, den Amtsantritt des gewählten Präsidenten Bernardo Arévalo verhindern zu "
      "wollen.")
G5 = "Arévalo verurteilte die Festnahmen als „Kriminalisierung“ der indigenen Völker."
G6 = ("„Die Staatsanwaltschaft verfolgt diejenigen, die die Demokratie verteidigt haben“, sagte der Staatschef vor "
      "Journalisten im Nationalpalast.")
G7 = "Er forderte Porras erneut zum Rücktritt auf."
G8 = "Der Präsident kann die Generalstaatsanwältin nach geltendem Recht nicht entlassen; ihre Amtszeit endet im Mai 2026."
G9 = "Die 48 Kantone verlangten die sofortige Freilassung der beiden."
G10 = ("Hunderte Anhänger versammelten sich am Abend vor dem Justizturm in der Hauptstadt, wo die Festgenommenen einem "
       "Richter vorgeführt werden sollten.")
G11 = "Das Büro des UN-Hochkommissars für Menschenrechte in Guatemala mahnte ein faires Verfahren an."
G12 = ("Die Staatsanwaltschaft wies die Kritik zurück: Es handle sich um ein unabhängiges Verfahren nach Recht und "
       "Gesetz.")
G13 = "Die USA und die Europäische Union haben Porras wegen Untergrabung der Demokratie mit Sanktionen belegt."
G14 = "Ihre Behörde hatte nach der Wahl 2023 unter anderem die Suspendierung von Arévalos Partei Semilla erwirkt."

DE04 = {
    "id": "hm384-de-04", "lang": "de", "url": None, "published": "2025-04-23",
    "title": "Anführer indigener Proteste in Guatemala festgenommen",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10, G11, G12], [G13, G14]),
    "events": [
        event("COERCE", GTM_MP, PACHECO, G1, mode="arrest", location_country="GTM"),
        event("COERCE", GTM_MP, PACHECO, G2, mode="arrest", date="2025-04-22", location_country="GTM"),
        event("COERCE", GTM_MP, CHACLAN, G2, mode="arrest", date="2025-04-22", location_country="GTM"),
        event("ACCUSE", GTM_MP, PACHECO, G3, mode="allege"),
        event("ACCUSE", GTM_MP, CHACLAN, G3, mode="allege"),
        event("PROTEST", GTM_PROTESTERS, PORRAS, G4, mode="obstruct", location_country="GTM"),
        event("ACCUSE", GTM_PROTESTERS, PORRAS, G4, mode="allege"),
        event("ACCUSE", AREVALO, GTM_MP, G5, mode="disapprove"),
        event("ACCUSE", AREVALO, GTM_MP, G6, mode="disapprove", location="Guatemala City", location_country="GTM"),
        event("REQUEST", AREVALO, PORRAS, G7, mode="change"),
        event("REQUEST", CANTONES, GTM_MP, G9, mode="yield"),
        event("PROTEST", CANTONES_SUPPORTERS, GTM_MP, G10, mode="demo", location="Guatemala City",
              location_country="GTM"),
        event("REQUEST", OHCHR_GTM, None, G11, mode="change"),
        event("SANCTION", USA_GOV4, PORRAS, G13),
        event("SANCTION", EU, PORRAS, G13),
        event("COERCE", GTM_MP, SEMILLA, G14, mode="restrict"),
    ],
    "quotes": [
        quote("den Amtsantritt des gewählten Präsidenten Bernardo Arévalo verhindern zu wollen",
              "indigenous protesters in Guatemala in 2023", "indirect"),
        quote("Kriminalisierung", "Bernardo Arévalo", "direct"),
        quote("Die Staatsanwaltschaft verfolgt diejenigen, die die Demokratie verteidigt haben", "Bernardo Arévalo",
              "direct"),
        quote("Es handle sich um ein unabhängiges Verfahren nach Recht und Gesetz", "Public Ministry of Guatemala",
              "indirect"),
    ],
    "entities": [
        entity("Guatemala City", "LOC", "GTM", ["Guatemala-Stadt", "der Hauptstadt"]),
        entity("Guatemala", "LOC", "GTM", ["Guatemala"]),
        entity("Luis Pacheco", "PER", "GTM", ["Luis Pacheco", "Pacheco"]),
        entity("Public Ministry of Guatemala", "ORG", "GTM", ["Ermittler der Staatsanwaltschaft", "Die Behörde",
                                                              "Die Staatsanwaltschaft", "Ihre Behörde"]),
        entity("Ministry of Energy and Mines of Guatemala", "ORG", "GTM", ["Energieministerium"]),
        entity("48 Cantones de Totonicapán", "ORG", "GTM", ["der indigenen Organisation 48 Kantone von Totonicapán",
                                                            "Die 48 Kantone"]),
        entity("Héctor Chaclán", "PER", "GTM", ["den früheren Schatzmeister der indigenen Organisation 48 Kantone von "
                                                "Totonicapán, Héctor Chaclán"]),
        entity("indigenous protesters in Guatemala in 2023", "PER", "GTM", ["Tausende Indigene", "sie"]),
        entity("Consuelo Porras", "PER", "GTM", ["Generalstaatsanwältin Consuelo Porras", "Porras",
                                                 "die Generalstaatsanwältin", "ihre"]),
        entity("Bernardo Arévalo", "PER", "GTM", ["des gewählten Präsidenten Bernardo Arévalo", "Arévalo",
                                                  "der Staatschef", "Er", "Der Präsident", "Arévalos"]),
        entity("National Palace of Culture", "LOC", "GTM", ["im Nationalpalast"]),
        entity("supporters of the 48 Cantones de Totonicapán", "PER", "GTM", ["Hunderte Anhänger"]),
        entity("Torre de Tribunales", "LOC", "GTM", ["dem Justizturm"]),
        entity("Office of the UN High Commissioner for Human Rights in Guatemala", "ORG", "UNO",
               ["Das Büro des UN-Hochkommissars für Menschenrechte in Guatemala"]),
        entity("United States", "LOC", "USA", ["Die USA"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("Movimiento Semilla", "ORG", "GTM", ["Arévalos Partei Semilla"]),
    ],
}

# ---------------------------------------------------------------- hm384-en-01 (US/Honduras, Hernández sentenced)
CASTEL = actor("P. Kevin Castel", "USA", "JUD")
JOH = actor("Juan Orlando Hernández", "HND", "CVL")
MANHATTAN_JURY = actor("Manhattan federal jury", "USA", "JUD")
SDNY_PROSECUTORS = actor("United States Attorney's Office for the Southern District of New York", "USA", "JUD")
STABILE = actor("Renato Stabile", "USA", "CVL")
GARLAND = actor("Merrick Garland", "USA", "GOV")
HND_POLICE = actor("National Police of Honduras", "HND", "COP")
HND_GOV = actor("Government of Honduras", "HND", "GOV")
USA_GOV5 = actor("Government of the United States", "USA", "GOV")
ANA_GARCIA = actor("Ana García de Hernández", "HND", "CVL")
HND_MIGRANTS = actor("Honduran migrants outside the Manhattan courthouse", "HND", "CVL")

H1 = ("NEW YORK (AP) — Former Honduran President Juan Orlando Hernández was sentenced Wednesday to 45 years in a U.S. "
      "prison for helping drug traffickers move hundreds of tons of cocaine to the United States while he took bribes "
      "to protect them.")
H2 = ("U.S. District Judge P. Kevin Castel also fined Hernández $8 million, calling him \"a two-faced politician hungry "
      "for power\" who had used the drug trade to stay in office.")
H3 = ("Hernández, 55, was convicted in March of conspiring to import cocaine into the United States and related "
      "weapons charges after a two-week trial in Manhattan federal court.")
H4 = ("Prosecutors had asked for a life sentence, arguing that Hernández turned Honduras into a \"narco-state\" and "
      "used the military and police to shield traffickers.")
H5 = "Before he was sentenced, Hernández again insisted he was innocent."
H6 = "\"I was wrongly and unjustly accused,\" he told the judge, speaking in Spanish through an interpreter."
H7 = ("His lawyer, Renato Stabile, said the defense would appeal, arguing that the case rested on the testimony of "
      "convicted drug traffickers seeking lighter sentences.")
H8 = ("Attorney General Merrick Garland said Hernández had \"abused his position\" to support one of the largest "
      "drug-trafficking conspiracies in the world.")
H9 = ("Hernández led the Central American country from 2014 to 2022 and was long treated by Washington as an ally in "
      "the fight against drugs and migration.")
H10 = ("He was arrested at his home in Tegucigalpa in February 2022, less than a month after leaving office, and "
       "extradited to the United States that April.")
H11 = ("His brother, former congressman Juan Antonio \"Tony\" Hernández, is serving a life sentence in the United "
       "States on drug charges.")
H12 = ("In Honduras, his wife, former first lady Ana García de Hernández, called the sentence \"an injustice\" and said "
       "the family would keep fighting to prove his innocence.")
H13 = ("A small group of Honduran migrants celebrated outside the courthouse in lower Manhattan after the sentence was "
       "announced.")
H14 = "There was no immediate comment from the government of President Xiomara Castro in Tegucigalpa."

EN01 = {
    "id": "hm384-en-01", "lang": "en", "url": None, "published": "2024-06-26",
    "title": "Former Honduran president sentenced to 45 years in US prison for drug trafficking",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11], [H12, H13, H14]),
    "events": [
        event("SANCTION", CASTEL, JOH, H1, mode="convict", date="2024-06-26", location="New York",
              location_country="USA"),
        event("COERCE", CASTEL, JOH, H1, mode="arrest", date="2024-06-26", location="New York",
              location_country="USA"),
        event("SANCTION", CASTEL, JOH, H2, mode="convict"),
        event("ACCUSE", CASTEL, JOH, H2, mode="disapprove"),
        event("SANCTION", MANHATTAN_JURY, JOH, H3, mode="convict", location="New York", location_country="USA"),
        event("REQUEST", SDNY_PROSECUTORS, CASTEL, H4),
        event("ACCUSE", SDNY_PROSECUTORS, JOH, H4, mode="allege"),
        event("REJECT", STABILE, CASTEL, H7),
        event("ACCUSE", STABILE, SDNY_PROSECUTORS, H7, mode="disapprove"),
        event("ACCUSE", GARLAND, JOH, H8, mode="allege"),
        event("COERCE", HND_POLICE, JOH, H10, mode="arrest", location="Tegucigalpa", location_country="HND"),
        event("COOPERATE", HND_GOV, USA_GOV5, H10),
        event("ACCUSE", ANA_GARCIA, CASTEL, H12, mode="disapprove"),
        event("SUPPORT", HND_MIGRANTS, CASTEL, H13, location="New York", location_country="USA"),
    ],
    "quotes": [
        quote("a two-faced politician hungry for power", "P. Kevin Castel", "direct"),
        quote("narco-state", "United States Attorney's Office for the Southern District of New York", "direct"),
        quote("Hernández turned Honduras into a \"narco-state\" and used the military and police to shield traffickers",
              "United States Attorney's Office for the Southern District of New York", "indirect"),
        quote("I was wrongly and unjustly accused", "Juan Orlando Hernández", "direct"),
        quote("the defense would appeal", "Renato Stabile", "indirect"),
        quote("the case rested on the testimony of convicted drug traffickers seeking lighter sentences",
              "Renato Stabile", "indirect"),
        quote("abused his position", "Merrick Garland", "direct"),
        quote("Hernández had \"abused his position\" to support one of the largest drug-trafficking conspiracies in the "
              "world", "Merrick Garland", "indirect"),
        quote("an injustice", "Ana García de Hernández", "direct"),
        quote("the family would keep fighting to prove his innocence", "Ana García de Hernández", "indirect"),
    ],
    "entities": [
        entity("New York", "LOC", "USA", ["NEW YORK"]),
        entity("Juan Orlando Hernández", "PER", "HND", ["Former Honduran President Juan Orlando Hernández",
                                                        "Hernández", "him", "he", "He", "his"]),
        entity("United States", "LOC", "USA", ["the United States", "U.S."]),
        entity("P. Kevin Castel", "PER", "USA", ["U.S. District Judge P. Kevin Castel", "the judge"]),
        entity("United States District Court for the Southern District of New York", "ORG", "USA",
               ["Manhattan federal court", "the courthouse in lower Manhattan"]),
        entity("United States Attorney's Office for the Southern District of New York", "ORG", "USA",
               ["Prosecutors"]),
        entity("Honduras", "LOC", "HND", ["Honduras", "the Central American country"]),
        entity("Renato Stabile", "PER", "USA", ["His lawyer, Renato Stabile"]),
        entity("Merrick Garland", "PER", "USA", ["Attorney General Merrick Garland"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Tegucigalpa", "LOC", "HND", ["Tegucigalpa"]),
        entity("Tony Hernández", "PER", "HND", ["His brother, former congressman Juan Antonio \"Tony\" Hernández"]),
        entity("Ana García de Hernández", "PER", "HND", ["his wife, former first lady Ana García de Hernández"]),
        entity("Honduran migrants outside the Manhattan courthouse", "PER", "HND",
               ["A small group of Honduran migrants"]),
        entity("Manhattan", "LOC", "USA", ["Manhattan", "lower Manhattan"]),
        entity("Xiomara Castro", "PER", "HND", ["President Xiomara Castro"]),
        entity("Government of Honduras", "ORG", "HND", ["the government of President Xiomara Castro"]),
    ],
}

# ---------------------------------------------------------------- hm384-en-02 (US/Mexico, gun makers suit rejected)
SCOTUS = actor("Supreme Court of the United States", "USA", "JUD")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
FIRST_CIRCUIT = actor("United States Court of Appeals for the First Circuit", "USA", "JUD")
SMITH_WESSON = actor("Smith & Wesson", "USA", "BUS")
BERETTA = actor("Beretta", "ITA", "BUS")
COLT = actor("Colt", "USA", "BUS")
GLOCK = actor("Glock", "AUT", "BUS")
ARIZONA_STORES = actor("five gun stores in Arizona", "USA", "BUS")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
USA_GOV6 = actor("Government of the United States", "USA", "GOV")
KEANE = actor("Lawrence Keane", "USA", "BUS")
BRADY = actor("Brady", "USA", "NGO")

M1 = ("WASHINGTON (Reuters) - The U.S. Supreme Court on Thursday threw out Mexico's $10 billion lawsuit against "
      "American gun manufacturers, ruling that the companies are shielded by a federal law from claims that they "
      "fueled cartel violence across the border.")
M2 = ("The justices ruled unanimously, reversing a decision by the Boston-based 1st U.S. Circuit Court of Appeals that "
      "had allowed the case to proceed.")
M3 = ("Writing for the court, Justice Elena Kagan said Mexico had not plausibly shown that the companies aided and "
      "abetted illegal sales of firearms to traffickers.")
M4 = ("Mexico's government filed the suit in 2021, accusing Smith & Wesson, Beretta, Colt, Glock and other companies "
      "of designing, marketing and distributing military-style weapons in ways they knew would arm drug cartels.")
M5 = ("The Mexican government says about 70% of the guns recovered at crime scenes in Mexico were smuggled from the "
      "United States.")
M6 = ("The Protection of Lawful Commerce in Arms Act, passed by Congress in 2005, largely bars lawsuits against gun "
      "makers over crimes committed with their products.")
M7 = ("Mexico filed a separate lawsuit in 2022 against five gun stores in Arizona, accusing them of selling weapons to "
      "straw buyers working for the cartels.")
M8 = ("President Claudia Sheinbaum said at her daily news conference that the ruling did not affect that case, which "
      "Mexico would keep pursuing.")
M9 = ("\"The fight against arms trafficking does not end here,\" Sheinbaum said, urging Washington to do more to stop "
      "weapons from flowing south.")
M10 = ("Lawrence Keane, general counsel of the National Shooting Sports Foundation, the industry's trade group, called "
       "the ruling \"a significant victory\" for lawful businesses.")
M11 = ("Smith & Wesson said in a statement that Mexico should focus on its own \"rampant corruption\" and the cartels "
       "rather than blame American companies.")
M12 = ("The gun control group Brady criticized the decision, saying it left victims of gun violence on both sides of "
       "the border without recourse.")
M13 = "The case was the first time a foreign government had sued U.S. gun makers in an American court."

EN02 = {
    "id": "hm384-en-02", "lang": "en", "url": None, "published": "2025-06-05",
    "title": "US Supreme Court throws out Mexico's lawsuit against gun makers",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6, M7], [M8, M9], [M10, M11, M12, M13]),
    "events": [
        event("REJECT", SCOTUS, MEX_GOV, M1, date="2025-06-05", location="Washington", location_country="USA"),
        event("REJECT", SCOTUS, FIRST_CIRCUIT, M2),
        event("ACCUSE", MEX_GOV, SMITH_WESSON, M4, mode="allege"),
        event("ACCUSE", MEX_GOV, BERETTA, M4, mode="allege"),
        event("ACCUSE", MEX_GOV, COLT, M4, mode="allege"),
        event("ACCUSE", MEX_GOV, GLOCK, M4, mode="allege"),
        event("ACCUSE", MEX_GOV, ARIZONA_STORES, M7, mode="allege"),
        event("REQUEST", SHEINBAUM, USA_GOV6, M9, mode="change"),
        event("SUPPORT", KEANE, SCOTUS, M10),
        event("ACCUSE", SMITH_WESSON, MEX_GOV, M11, mode="disapprove"),
        event("ACCUSE", BRADY, SCOTUS, M12, mode="disapprove"),
    ],
    "quotes": [
        quote("Mexico had not plausibly shown that the companies aided and abetted illegal sales of firearms to "
              "traffickers", "Elena Kagan", "indirect"),
        quote("about 70% of the guns recovered at crime scenes in Mexico were smuggled from the United States",
              "Government of Mexico", "indirect"),
        quote("the ruling did not affect that case, which Mexico would keep pursuing", "Claudia Sheinbaum", "indirect"),
        quote("The fight against arms trafficking does not end here", "Claudia Sheinbaum", "direct"),
        quote("a significant victory", "Lawrence Keane", "direct"),
        quote("rampant corruption", "Smith & Wesson", "direct"),
        quote("Mexico should focus on its own \"rampant corruption\" and the cartels rather than blame American "
              "companies", "Smith & Wesson", "indirect"),
        quote("it left victims of gun violence on both sides of the border without recourse", "Brady", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
        entity("Supreme Court of the United States", "ORG", "USA", ["The U.S. Supreme Court", "The justices",
                                                                    "the court"]),
        entity("Mexico", "LOC", "MEX", ["Mexico's", "Mexico"]),
        entity("Government of Mexico", "ORG", "MEX", ["Mexico's government", "The Mexican government"]),
        entity("United States Court of Appeals for the First Circuit", "ORG", "USA",
               ["the Boston-based 1st U.S. Circuit Court of Appeals"]),
        entity("Elena Kagan", "PER", "USA", ["Justice Elena Kagan"]),
        entity("Smith & Wesson", "ORG", "USA", ["Smith & Wesson"]),
        entity("Beretta", "ORG", "ITA", ["Beretta"]),
        entity("Colt", "ORG", "USA", ["Colt"]),
        entity("Glock", "ORG", "AUT", ["Glock"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("United States Congress", "ORG", "USA", ["Congress"]),
        entity("five gun stores in Arizona", "ORG", "USA", ["five gun stores in Arizona", "them"]),
        entity("Arizona", "LOC", "USA", ["Arizona"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["President Claudia Sheinbaum", "Sheinbaum"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Lawrence Keane", "PER", "USA", ["Lawrence Keane, general counsel of the National Shooting Sports "
                                                "Foundation"]),
        entity("National Shooting Sports Foundation", "ORG", "USA", ["the National Shooting Sports Foundation",
                                                                     "the industry's trade group"]),
        entity("Brady", "ORG", "USA", ["The gun control group Brady"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
