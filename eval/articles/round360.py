"""Round 360: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm360-de-01: Chile: after the collapse in Codelco's El Teniente copper mine (one dead, five missing) Sernageomin shuts the Andesita sector; Boric flies to Rancagua and pledges support to the families, O'Higgins prosecutors investigate and the PDI searches offices, unions accuse Codelco and demand an independent inquiry, Pacheco pledges cooperation, Republican deputies demand his resignation, Minister Williams backs the company (2025-08-02).
- hm360-de-02: Argentina/Paraguay: the Senate expels Senator Edgardo Kueider after Paraguayan customs arrested him and his secretary with 211,000 undeclared dollars; house arrest in Paraguay, smuggling probe, Judge Arroyo Salgado orders searches and requests extradition, the opposition's bribery accusation over the Ley Bases vote, Kueider's letter, Villarruel condemns, Mayans asks the courts to review the vote (2024-12-12).
- hm360-de-03: Colombia: the Supreme Court orders pre-trial detention of ex-congress presidents Iván Name and Andrés Calle in the UNGRD bribery scandal; Name surrenders, Calle detained in Montería, Name's lawyer objects, Olmedo López and Sneyder Pinilla cooperate with prosecutors, Petro denies, Senator David Luna demands Finance Minister Bonilla's resignation, Bonilla refuses, ex-minister Velasco under investigation (2024-12-13).
- hm360-de-04: Bolivia: the Supreme Court annuls Jeanine Áñez's ten-year sentence and she leaves Miraflores prison; Áñez accuses Arce and Morales, victims' relatives protest in Sucre, Justice Minister Siles objects, President-elect Rodrigo Paz welcomes the ruling, Camacho and Pumari released in August (2025-11-06).
- hm360-en-01: United States/Mexico: Judge Brian Cogan sentences Genaro García Luna to more than 38 years and a $2 million fine for Sinaloa cartel bribes; prosecutors had sought life, García Luna accuses the witnesses, Sheinbaum calls Calderón's government a narco-state and demands an explanation, Calderón denies knowing, Mexico's Florida lawsuit, Breon Peace condemns (2024-10-16).
- hm360-en-02: Brazil: Social Security Minister Carlos Lupi resigns over the INSS pension-deduction fraud; the April police and CGU raids, asset freeze and suspended INSS officials, Lula fires Stefanutto, opposition accuses Lupi and the Liberal Party demands an inquiry, Rui Costa blames Bolsonaro, Lula promises refunds, the TCU audits the INSS (2025-05-02).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm360-de-01 (Chile, El Teniente mine collapse)
SERNAGEOMIN = actor("National Geology and Mining Service", "CHL", "GOV")
CODELCO = actor("Codelco", "CHL", "BUS")
BORIC = actor("Gabriel Boric", "CHL", "GOV")
MINER_RELATIVES = actor("relatives of the miners trapped in El Teniente", "CHL", "CVL")
OHIGGINS_PROSECUTORS = actor("O'Higgins Regional Prosecutor's Office", "CHL", "JUD")
PDI = actor("Investigations Police of Chile", "CHL", "COP")
TENIENTE_UNIONS = actor("El Teniente mine unions", "CHL", "LAB")
PACHECO = actor("Máximo Pacheco", "CHL", "BUS")
REPUBLICANS = actor("Republican Party (Chile)", "CHL", "PTY")
WILLIAMS = actor("Aurora Williams", "CHL", "GOV")

E1 = ("Rancagua (dpa) - Nach dem Einsturz mehrerer Stollen in der weltgrößten unterirdischen Kupfermine El Teniente "
      "in Chile hat die Bergbaubehörde die Arbeiten in dem betroffenen Sektor gestoppt.")
E2 = ("Die Behörde Sernageomin ordnete am Freitag die vollständige Schließung des Bereichs Andesita an, bis die "
      "Ursache des Unglücks geklärt sei.")
E3 = ("Bei dem Unglück am Donnerstagabend war ein Arbeiter ums Leben gekommen, fünf weitere werden seit mehr als 36 "
      "Stunden unter Tonnen von Gestein vermisst.")
E4 = ("Rettungsmannschaften arbeiteten sich nach Angaben des staatlichen Kupferkonzerns Codelco mit schwerem Gerät zu "
      "den Verschütteten vor.")
E5 = ("Auslöser war nach Angaben des Nationalen Seismologischen Zentrums ein Erdstoß der Stärke 4,2, dessen Herd "
      "unmittelbar unter der Mine lag.")
E6 = "Ob das Beben natürlichen Ursprungs war oder durch den Bergbau selbst ausgelöst wurde, ist noch unklar."
E7 = ("Präsident Gabriel Boric sagte eine geplante Reise in den Süden des Landes ab und flog nach Rancagua, wo er mit "
      "Angehörigen der Vermissten sprach.")
E8 = "Er sicherte den Familien die volle Unterstützung des Staates zu."
E9 = ("„Es wird eine Untersuchung geben, die bis zum Ende geht, und wer Verantwortung trägt, wird sie übernehmen "
      "müssen“, sagte der Staatschef.")
E10 = "Die Staatsanwaltschaft der Region O'Higgins leitete Ermittlungen wegen fahrlässiger Tötung ein."
E11 = ("Beamte der Kriminalpolizei PDI durchsuchten am Freitag Büros der Minenverwaltung und stellten Unterlagen "
       "sicher.")
E12 = ("Die Gewerkschaften der Mine warfen Codelco vor, Warnungen vor zunehmender seismischer Aktivität in dem Sektor "
       "ignoriert zu haben.")
E13 = "Sie forderten eine unabhängige Untersuchung unter Beteiligung der Arbeiter."
E14 = "Codelco-Präsident Máximo Pacheco wies die Vorwürfe zurück."
E15 = ("Die Mine habe alle Sicherheitsprotokolle eingehalten, man werde aber uneingeschränkt mit der Justiz "
       "zusammenarbeiten, sagte er vor Journalisten.")
E16 = "Abgeordnete der oppositionellen Republikanischen Partei verlangten dennoch Pachecos Rücktritt."
E17 = "Bergbauministerin Aurora Williams stellte sich hinter die Konzernführung."
E18 = ("El Teniente liegt rund 80 Kilometer südlich der Hauptstadt Santiago und verfügt über ein Netz von mehr als "
       "4500 Kilometern Stollen.")
E19 = "Chile ist der weltgrößte Kupferproduzent."

DE01 = {
    "id": "hm360-de-01", "lang": "de", "url": None, "published": "2025-08-02",
    "title": "Chile schließt Unglückssektor in Kupfermine El Teniente",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6], [E7, E8, E9], [E10, E11, E12, E13], [E14, E15, E16, E17],
                       [E18, E19]),
    "events": [
        event("COERCE", SERNAGEOMIN, CODELCO, E1, mode="restrict", location="El Teniente",
              location_country="CHL"),
        event("COERCE", SERNAGEOMIN, CODELCO, E2, mode="restrict", date="2025-08-01", location="El Teniente",
              location_country="CHL"),
        event("CONSULT", BORIC, MINER_RELATIVES, E7, mode="visit", location="Rancagua", location_country="CHL"),
        event("AGREE", BORIC, MINER_RELATIVES, E8),
        event("ACCUSE", OHIGGINS_PROSECUTORS, None, E10, mode="investigate"),
        event("COERCE", PDI, CODELCO, E11, mode="seize", date="2025-08-01"),
        event("ACCUSE", TENIENTE_UNIONS, CODELCO, E12, mode="allege"),
        event("REQUEST", TENIENTE_UNIONS, None, E13),
        event("AGREE", PACHECO, OHIGGINS_PROSECUTORS, E15),
        event("REQUEST", REPUBLICANS, PACHECO, E16, mode="change"),
        event("SUPPORT", WILLIAMS, CODELCO, E17),
    ],
    "quotes": [
        quote("Rettungsmannschaften arbeiteten sich nach Angaben des staatlichen Kupferkonzerns Codelco mit schwerem "
              "Gerät zu den Verschütteten vor", "Codelco", "indirect"),
        quote("Auslöser war nach Angaben des Nationalen Seismologischen Zentrums ein Erdstoß der Stärke 4,2, dessen "
              "Herd unmittelbar unter der Mine lag", "National Seismological Center of Chile", "indirect"),
        quote("Es wird eine Untersuchung geben, die bis zum Ende geht, und wer Verantwortung trägt, wird sie "
              "übernehmen müssen", "Gabriel Boric", "direct"),
        quote("Warnungen vor zunehmender seismischer Aktivität in dem Sektor ignoriert zu haben",
              "El Teniente mine unions", "indirect"),
        quote("Die Mine habe alle Sicherheitsprotokolle eingehalten, man werde aber uneingeschränkt mit der Justiz "
              "zusammenarbeiten", "Máximo Pacheco", "indirect"),
    ],
    "entities": [
        entity("Rancagua", "LOC", "CHL", ["Rancagua"]),
        entity("El Teniente", "LOC", "CHL", ["der weltgrößten unterirdischen Kupfermine El Teniente", "der Mine",
                                            "El Teniente"]),
        entity("Chile", "LOC", "CHL", ["Chile", "des Landes"]),
        entity("National Geology and Mining Service", "ORG", "CHL", ["die Bergbaubehörde", "Die Behörde Sernageomin"]),
        entity("Andesita sector", "LOC", "CHL", ["dem betroffenen Sektor", "des Bereichs Andesita", "dem Sektor"]),
        entity("Codelco", "ORG", "CHL", ["des staatlichen Kupferkonzerns Codelco", "Codelco", "die Konzernführung"]),
        entity("trapped miners of El Teniente", "PER", "CHL", ["fünf weitere", "den Verschütteten", "der Vermissten"]),
        entity("National Seismological Center of Chile", "ORG", "CHL", ["des Nationalen Seismologischen Zentrums"]),
        entity("Gabriel Boric", "PER", "CHL", ["Präsident Gabriel Boric", "Er", "der Staatschef"]),
        entity("relatives of the miners trapped in El Teniente", "PER", "CHL", ["Angehörigen der Vermissten",
                                                                                  "den Familien"]),
        entity("O'Higgins Regional Prosecutor's Office", "ORG", "CHL", ["Die Staatsanwaltschaft der Region O'Higgins",
                                                                        "der Justiz"]),
        entity("O'Higgins Region", "LOC", "CHL", ["der Region O'Higgins"]),
        entity("Investigations Police of Chile", "ORG", "CHL", ["Beamte der Kriminalpolizei PDI"]),
        entity("El Teniente mine unions", "ORG", "CHL", ["Die Gewerkschaften der Mine", "Sie"]),
        entity("Máximo Pacheco", "PER", "CHL", ["Codelco-Präsident Máximo Pacheco", "er", "Pachecos"]),
        entity("Republican Party (Chile)", "ORG", "CHL", ["Abgeordnete der oppositionellen Republikanischen Partei"]),
        entity("Aurora Williams", "PER", "CHL", ["Bergbauministerin Aurora Williams"]),
        entity("Santiago de Chile", "LOC", "CHL", ["der Hauptstadt Santiago"]),
    ],
}

# ---------------------------------------------------------------- hm360-de-02 (Argentina/Paraguay, Kueider expelled)
ARG_SENATE = actor("Senate of Argentina", "ARG", "LEG")
PRY_CUSTOMS = actor("Paraguayan customs officials", "PRY", "GOV")
GUINSEL = actor("Iara Guinsel", "ARG", "CVL")
PRY_COURT = actor("Paraguayan court", "PRY", "JUD")
PRY_PROSECUTORS = actor("Public Ministry of Paraguay", "PRY", "JUD")
ARROYO_SALGADO = actor("Sandra Arroyo Salgado", "ARG", "JUD")
PRY_GOV = actor("Government of Paraguay", "PRY", "GOV")
MILEI = actor("Javier Milei", "ARG", "GOV")
PERONIST_OPP = actor("Peronist opposition", "ARG", "OPP")
VILLARRUEL = actor("Victoria Villarruel", "ARG", "GOV")
MAYANS = actor("José Mayans", "ARG", "OPP")
ARG_JUDICIARY = actor("Judiciary of Argentina", "ARG", "JUD")

KUEIDER = actor("Edgardo Kueider", "ARG", "LEG")

K1 = ("Buenos Aires (dpa) - Der argentinische Senat hat den Senator Edgardo Kueider nach seiner Festnahme mit einer "
      "großen Menge nicht deklarierten Bargelds in Paraguay aus seinen Reihen ausgeschlossen.")
K2 = "Für den Ausschluss stimmten am Donnerstag 60 Senatoren, sechs votierten dagegen, einer enthielt sich."
K3 = "Damit war die nötige Zweidrittelmehrheit deutlich überschritten."
K4 = ("Paraguayische Zollbeamte hatten den Politiker und seine Sekretärin Iara Guinsel am Mittwoch vergangener Woche "
      "am Grenzübergang José Falcón festgenommen, als sie mit rund 211.000 US-Dollar in einem Geländewagen ins Land "
      "einreisen wollten.")
K5 = "Ein paraguayisches Gericht stellte beide anschließend unter Hausarrest."
K6 = "Die Staatsanwaltschaft in Asunción ermittelt wegen Schmuggels."
K7 = ("In Argentinien ließ Bundesrichterin Sandra Arroyo Salgado Wohnungen und Büros des Senators in Paraná und "
      "Buenos Aires durchsuchen und beantragte seine Auslieferung.")
K8 = ("Kueider, der ursprünglich für die Peronisten gewählt worden war, hatte im Juni mit seiner Stimme das "
      "umfassende Reformpaket von Präsident Javier Milei durch den Senat gebracht.")
K9 = "Die peronistische Opposition wirft ihm seitdem vor, dafür bezahlt worden zu sein."
K10 = "Der Senator bestreitet das."
K11 = ("In einem Brief an die Kammer sprach er von einer „politischen Hinrichtung“ und bat darum, lediglich "
       "suspendiert zu werden.")
K12 = ("Vizepräsidentin Victoria Villarruel, die qua Amt den Senat leitet, nannte den Fall „eine Schande für die "
       "Institution“.")
K13 = "Präsidentensprecher Manuel Adorni sagte, die Regierung habe „nichts mit Herrn Kueider zu tun“."
K14 = ("Der Fraktionschef der Peronisten, José Mayans, forderte die Justiz auf, auch die Abstimmung über das "
       "Reformpaket unter die Lupe zu nehmen.")
K15 = "Sollte Paraguay Kueider ausliefern, droht ihm in Argentinien ein Verfahren wegen Geldwäsche."
K16 = "Kueider vertritt seit 2019 die Provinz Entre Ríos im Senat."

DE02 = {
    "id": "hm360-de-02", "lang": "de", "url": None, "published": "2024-12-12",
    "title": "Argentiniens Senat wirft Senator nach Dollar-Affäre in Paraguay hinaus",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7], [K8, K9, K10, K11], [K12, K13, K14], [K15, K16]),
    "events": [
        event("COERCE", ARG_SENATE, KUEIDER, K1, mode="restrict", location="Buenos Aires", location_country="ARG"),
        event("COERCE", PRY_CUSTOMS, KUEIDER, K1, mode="arrest", location_country="PRY"),
        event("COERCE", ARG_SENATE, KUEIDER, K2, mode="restrict", date="2024-12-12"),
        event("COERCE", PRY_CUSTOMS, KUEIDER, K4, mode="arrest", date="2024-12-04", location="José Falcón",
              location_country="PRY"),
        event("COERCE", PRY_CUSTOMS, GUINSEL, K4, mode="arrest", date="2024-12-04", location="José Falcón",
              location_country="PRY"),
        event("COERCE", PRY_COURT, KUEIDER, K5, mode="arrest", location_country="PRY"),
        event("COERCE", PRY_COURT, GUINSEL, K5, mode="arrest", location_country="PRY"),
        event("ACCUSE", PRY_PROSECUTORS, None, K6, mode="investigate"),
        event("COERCE", ARROYO_SALGADO, KUEIDER, K7, mode="seize", location_country="ARG"),
        event("REQUEST", ARROYO_SALGADO, PRY_GOV, K7, mode="assist"),
        event("SUPPORT", KUEIDER, MILEI, K8),
        event("ACCUSE", PERONIST_OPP, KUEIDER, K9, mode="allege"),
        event("ACCUSE", KUEIDER, ARG_SENATE, K11, mode="disapprove"),
        event("REQUEST", KUEIDER, ARG_SENATE, K11),
        event("ACCUSE", VILLARRUEL, KUEIDER, K12, mode="disapprove"),
        event("REQUEST", MAYANS, ARG_JUDICIARY, K14, mode="change"),
    ],
    "quotes": [
        quote("dafür bezahlt worden zu sein", "Peronist opposition", "indirect"),
        quote("politischen Hinrichtung", "Edgardo Kueider", "direct"),
        quote("eine Schande für die Institution", "Victoria Villarruel", "direct"),
        quote("nichts mit Herrn Kueider zu tun", "Manuel Adorni", "direct"),
        quote("die Regierung habe „nichts mit Herrn Kueider zu tun“", "Manuel Adorni", "indirect"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Senate of Argentina", "ORG", "ARG", ["Der argentinische Senat", "die Kammer", "den Senat",
                                                     "durch den Senat", "im Senat"]),
        entity("Edgardo Kueider", "PER", "ARG", ["den Senator Edgardo Kueider", "den Politiker", "des Senators",
                                                 "Kueider", "ihm", "Der Senator", "er", "Herrn Kueider"]),
        entity("Paraguay", "LOC", "PRY", ["Paraguay", "ins Land"]),
        entity("Paraguayan customs officials", "ORG", "PRY", ["Paraguayische Zollbeamte"]),
        entity("Iara Guinsel", "PER", "ARG", ["seine Sekretärin Iara Guinsel"]),
        entity("José Falcón border crossing", "LOC", "PRY", ["am Grenzübergang José Falcón"]),
        entity("Paraguayan court", "ORG", "PRY", ["Ein paraguayisches Gericht"]),
        entity("Public Ministry of Paraguay", "ORG", "PRY", ["Die Staatsanwaltschaft in Asunción"]),
        entity("Asunción", "LOC", "PRY", ["Asunción"]),
        entity("Argentina", "LOC", "ARG", ["In Argentinien", "in Argentinien"]),
        entity("Sandra Arroyo Salgado", "PER", "ARG", ["Bundesrichterin Sandra Arroyo Salgado"]),
        entity("Paraná", "LOC", "ARG", ["Paraná"]),
        entity("Peronists", "ORG", "ARG", ["die Peronisten", "der Peronisten"]),
        entity("Javier Milei", "PER", "ARG", ["Präsident Javier Milei"]),
        entity("Peronist opposition", "ORG", "ARG", ["Die peronistische Opposition"]),
        entity("Victoria Villarruel", "PER", "ARG", ["Vizepräsidentin Victoria Villarruel"]),
        entity("Manuel Adorni", "PER", "ARG", ["Präsidentensprecher Manuel Adorni"]),
        entity("Government of Argentina", "ORG", "ARG", ["die Regierung"]),
        entity("José Mayans", "PER", "ARG", ["Der Fraktionschef der Peronisten, José Mayans"]),
        entity("Judiciary of Argentina", "ORG", "ARG", ["die Justiz"]),
        entity("Entre Ríos Province", "LOC", "ARG", ["die Provinz Entre Ríos"]),
    ],
}

# ---------------------------------------------------------------- hm360-de-03 (Colombia, UNGRD scandal arrests)
COL_SUPREME_COURT = actor("Supreme Court of Justice of Colombia", "COL", "JUD")
NAME = actor("Iván Name", "COL", "LEG")
CALLE = actor("Andrés Calle", "COL", "LEG")
COL_POLICE = actor("National Police of Colombia", "COL", "COP")
NAME_LAWYER = actor("lawyer of Iván Name", "COL", "CVL")
OLMEDO_LOPEZ = actor("Olmedo López", "COL", "CVL")
PINILLA = actor("Sneyder Pinilla", "COL", "CVL")
COL_PROSECUTORS = actor("Attorney General's Office of Colombia", "COL", "JUD")
LUNA = actor("David Luna", "COL", "OPP")
BONILLA = actor("Ricardo Bonilla", "COL", "GOV")
VELASCO = actor("Luis Fernando Velasco", "COL", "GOV")

U1 = ("Bogotá (dpa) - Im Korruptionsskandal um Kolumbiens Katastrophenschutzbehörde hat der Oberste Gerichtshof die "
      "Festnahme zweier früherer Parlamentspräsidenten angeordnet.")
U2 = ("Die Ermittlungskammer des Gerichts verhängte am Donnerstag Untersuchungshaft gegen den ehemaligen "
      "Senatspräsidenten Iván Name und den früheren Präsidenten des Repräsentantenhauses, Andrés Calle.")
U3 = ("Die Richter werfen beiden vor, Schmiergelder in Höhe von mehreren Milliarden Pesos aus Verträgen der Behörde "
      "UNGRD angenommen zu haben.")
U4 = ("Im Gegenzug sollen sie dafür gesorgt haben, dass Kreditvorhaben der Regierung von Präsident Gustavo Petro im "
      "Kongress zügig verabschiedet wurden.")
U5 = ("Name stellte sich noch am Abend in Bogotá der Polizei, Calle wurde in seiner Heimatstadt Montería in Gewahrsam "
      "genommen.")
U6 = "Beide bestreiten die Vorwürfe."
U7 = ("Names Anwalt kündigte Rechtsmittel gegen die Haftanordnung an und sprach von einer „Vorverurteilung auf "
      "Grundlage der Aussagen geständiger Krimineller“.")
U8 = ("Die Anschuldigungen stützen sich vor allem auf Aussagen des früheren UNGRD-Direktors Olmedo López und seines "
      "Stellvertreters Sneyder Pinilla, die mit der Staatsanwaltschaft kooperieren.")
U9 = ("Nach ihrer Darstellung wurden über überteuerte Verträge für Tankwagen im Departement La Guajira Gelder "
      "abgezweigt, um Abgeordnete gefügig zu machen.")
U10 = "Präsident Petro erklärte auf der Plattform X, er habe niemals Bestechung angeordnet."
U11 = ("„Wer das Geld der Katastrophenhilfe gestohlen hat, gehört ins Gefängnis, egal welcher Partei er angehört“, "
       "schrieb er.")
U12 = "Die Opposition sieht die Verantwortung dagegen im Kabinett."
U13 = ("Der Senator David Luna von der Partei Cambio Radical forderte den Rücktritt von Finanzminister Ricardo "
       "Bonilla, der in den Aussagen ebenfalls belastet wird.")
U14 = "Bonilla wies die Forderung zurück und erklärte, er werde sich den Ermittlungen stellen."
U15 = "Gegen den früheren Innenminister Luis Fernando Velasco ermittelt die Generalstaatsanwaltschaft bereits."
U16 = ("Der Skandal um die UNGRD erschüttert die Regierung seit Anfang des Jahres und hat bereits mehrere hohe "
       "Beamte ihre Posten gekostet.")
U17 = "Petro, der erste linke Präsident Kolumbiens, war 2022 mit dem Versprechen angetreten, die Korruption zu bekämpfen."

DE03 = {
    "id": "hm360-de-03", "lang": "de", "url": None, "published": "2024-12-13",
    "title": "Kolumbien: Frühere Parlamentspräsidenten in Untersuchungshaft",
    "text": paragraphs([U1, U2, U3, U4], [U5, U6, U7], [U8, U9], [U10, U11, U12, U13, U14, U15], [U16, U17]),
    "events": [
        event("COERCE", COL_SUPREME_COURT, NAME, U1, mode="arrest", location_country="COL"),
        event("COERCE", COL_SUPREME_COURT, CALLE, U1, mode="arrest", location_country="COL"),
        event("COERCE", COL_SUPREME_COURT, NAME, U2, mode="arrest", date="2024-12-12"),
        event("COERCE", COL_SUPREME_COURT, CALLE, U2, mode="arrest", date="2024-12-12"),
        event("ACCUSE", COL_SUPREME_COURT, NAME, U3, mode="allege"),
        event("ACCUSE", COL_SUPREME_COURT, CALLE, U3, mode="allege"),
        event("RETREAT", NAME, COL_POLICE, U5, location="Bogotá", location_country="COL"),
        event("COERCE", COL_POLICE, CALLE, U5, mode="arrest", location="Montería", location_country="COL"),
        event("ACCUSE", NAME_LAWYER, COL_SUPREME_COURT, U7, mode="disapprove"),
        event("COOPERATE", OLMEDO_LOPEZ, COL_PROSECUTORS, U8),
        event("COOPERATE", PINILLA, COL_PROSECUTORS, U8),
        event("REQUEST", LUNA, BONILLA, U13, mode="change"),
        event("REJECT", BONILLA, LUNA, U14, mode="change"),
        event("AGREE", BONILLA, COL_PROSECUTORS, U14),
        event("ACCUSE", COL_PROSECUTORS, VELASCO, U15, mode="investigate"),
    ],
    "quotes": [
        quote("Schmiergelder in Höhe von mehreren Milliarden Pesos aus Verträgen der Behörde UNGRD angenommen zu haben",
              "Supreme Court of Justice of Colombia", "indirect"),
        quote("Vorverurteilung auf Grundlage der Aussagen geständiger Krimineller", "lawyer of Iván Name", "direct"),
        quote("Nach ihrer Darstellung wurden über überteuerte Verträge für Tankwagen im Departement La Guajira Gelder "
              "abgezweigt, um Abgeordnete gefügig zu machen", "Olmedo López", "indirect"),
        quote("Nach ihrer Darstellung wurden über überteuerte Verträge für Tankwagen im Departement La Guajira Gelder "
              "abgezweigt, um Abgeordnete gefügig zu machen", "Sneyder Pinilla", "indirect"),
        quote("er habe niemals Bestechung angeordnet", "Gustavo Petro", "indirect"),
        quote("Wer das Geld der Katastrophenhilfe gestohlen hat, gehört ins Gefängnis, egal welcher Partei er "
              "angehört", "Gustavo Petro", "direct"),
        quote("er werde sich den Ermittlungen stellen", "Ricardo Bonilla", "indirect"),
    ],
    "entities": [
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
        entity("Colombia", "LOC", "COL", ["Kolumbiens"]),
        entity("National Unit for Disaster Risk Management", "ORG", "COL",
               ["Kolumbiens Katastrophenschutzbehörde", "der Behörde UNGRD", "die UNGRD"]),
        entity("Supreme Court of Justice of Colombia", "ORG", "COL", ["der Oberste Gerichtshof",
                                                                      "Die Ermittlungskammer des Gerichts",
                                                                      "Die Richter"]),
        entity("Iván Name", "PER", "COL", ["den ehemaligen Senatspräsidenten Iván Name", "Name", "Names"]),
        entity("Andrés Calle", "PER", "COL", ["den früheren Präsidenten des Repräsentantenhauses, Andrés Calle",
                                              "Calle", "seiner"]),
        entity("Government of Colombia", "ORG", "COL", ["der Regierung von Präsident Gustavo Petro",
                                                        "die Regierung"]),
        entity("Gustavo Petro", "PER", "COL", ["Präsident Gustavo Petro", "Präsident Petro", "er", "Petro",
                                               "der erste linke Präsident Kolumbiens"]),
        entity("Congress of Colombia", "ORG", "COL", ["im Kongress"]),
        entity("National Police of Colombia", "ORG", "COL", ["der Polizei"]),
        entity("Montería", "LOC", "COL", ["seiner Heimatstadt Montería"]),
        entity("lawyer of Iván Name", "PER", "COL", ["Names Anwalt"]),
        entity("Olmedo López", "PER", "COL", ["des früheren UNGRD-Direktors Olmedo López"]),
        entity("Sneyder Pinilla", "PER", "COL", ["seines Stellvertreters Sneyder Pinilla"]),
        entity("Attorney General's Office of Colombia", "ORG", "COL", ["der Staatsanwaltschaft",
                                                                       "die Generalstaatsanwaltschaft"]),
        entity("La Guajira Department", "LOC", "COL", ["im Departement La Guajira"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Colombian opposition", "ORG", "COL", ["Die Opposition"]),
        entity("David Luna", "PER", "COL", ["Der Senator David Luna"]),
        entity("Cambio Radical", "ORG", "COL", ["der Partei Cambio Radical"]),
        entity("Ricardo Bonilla", "PER", "COL", ["Finanzminister Ricardo Bonilla", "Bonilla", "er"]),
        entity("Luis Fernando Velasco", "PER", "COL", ["den früheren Innenminister Luis Fernando Velasco"]),
    ],
}

# ---------------------------------------------------------------- hm360-de-04 (Bolivia, Jeanine Áñez released)
BOL_SUPREME_COURT = actor("Supreme Court of Justice of Bolivia", "BOL", "JUD")
ANEZ = actor("Jeanine Áñez", "BOL", "OPP")
ANEZ_SUPPORTERS = actor("supporters of Jeanine Áñez", "BOL", "CVL")
BOL_GOV = actor("Government of Bolivia", "BOL", "GOV")
MORALES = actor("Evo Morales", "BOL", "OPP")
BOL_POLICE = actor("Bolivian Police", "BOL", "COP")
BOL_PROSECUTORS = actor("Public Prosecutor's Office of Bolivia", "BOL", "JUD")
VICTIM_RELATIVES = actor("relatives of the victims of Sacaba and Senkata", "BOL", "CVL")
SILES = actor("César Siles", "BOL", "GOV")
PAZ = actor("Rodrigo Paz", "BOL", "OPP")
BOL_COURTS = actor("Bolivian courts", "BOL", "JUD")
CAMACHO = actor("Luis Fernando Camacho", "BOL", "OPP")
PUMARI = actor("Marco Pumari", "BOL", "CVL")

B1 = "La Paz (dpa) - Boliviens frühere Übergangspräsidentin Jeanine Áñez ist nach mehr als vier Jahren Haft freigekommen."
B2 = ("Der Oberste Gerichtshof hob am Mittwoch ihre Verurteilung zu zehn Jahren Gefängnis auf und ordnete ihre "
      "sofortige Freilassung an.")
B3 = ("Die Richter begründeten ihre Entscheidung damit, dass Áñez als ehemaliges Staatsoberhaupt nicht vor einem "
      "ordentlichen Gericht, sondern nur in einem besonderen Verfahren des Parlaments hätte angeklagt werden dürfen.")
B4 = ("Am Donnerstagmorgen verließ die 58-Jährige das Frauengefängnis Miraflores in La Paz, wo Dutzende Anhänger sie "
      "mit bolivianischen Fahnen empfingen.")
B5 = "„Heute endet eine Ungerechtigkeit, die fast fünf Jahre gedauert hat“, sagte Áñez vor Journalisten."
B6 = ("Sie warf der Regierung von Präsident Luis Arce und dessen Vorgänger Evo Morales vor, sie aus politischer "
      "Rache verfolgt zu haben.")
B7 = "Áñez hatte nach dem Rücktritt von Morales im November 2019 als Senatorin die Macht übernommen."
B8 = ("Sie war im März 2021 kurz nach Arces Amtsantritt festgenommen worden; die Staatsanwaltschaft warf ihr vor, "
      "durch einen Staatsstreich an die Macht gekommen zu sein.")
B9 = ("Bei der Niederschlagung von Protesten von Morales-Anhängern in Sacaba und Senkata waren im November 2019 "
      "mindestens 20 Menschen ums Leben gekommen.")
B10 = ("Angehörige der Opfer versammelten sich am Mittwoch vor dem Sitz des Gerichts in Sucre und protestierten "
       "gegen die Entscheidung.")
B11 = ("Der scheidende Justizminister César Siles kritisierte das Urteil scharf und sprach von einem „politischen "
       "Beschluss“.")
B12 = "Der gewählte Präsident Rodrigo Paz, der am Samstag vereidigt werden soll, begrüßte die Entscheidung."
B13 = ("Paz tritt die Nachfolge von Arce an, dessen Bewegung zum Sozialismus (MAS) bei der Wahl im August eine "
       "historische Niederlage erlitten hatte.")
B14 = ("Bereits Ende August waren der Gouverneur von Santa Cruz, Luis Fernando Camacho, und der Bürgerrechtler Marco "
       "Pumari nach Gerichtsentscheidungen aus der Untersuchungshaft entlassen worden.")
B15 = "Die Verfahren gegen sie laufen jedoch weiter."

DE04 = {
    "id": "hm360-de-04", "lang": "de", "url": None, "published": "2025-11-06",
    "title": "Boliviens Ex-Präsidentin Áñez kommt frei",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6], [B7, B8, B9], [B10, B11, B12, B13], [B14, B15]),
    "events": [
        event("RETREAT", BOL_SUPREME_COURT, ANEZ, B1, mode="release", location_country="BOL"),
        event("CONCEDE", BOL_SUPREME_COURT, ANEZ, B2, date="2025-11-05"),
        event("RETREAT", BOL_SUPREME_COURT, ANEZ, B2, mode="release", date="2025-11-05"),
        event("RETREAT", BOL_SUPREME_COURT, ANEZ, B4, mode="release", date="2025-11-06", location="La Paz",
              location_country="BOL"),
        event("SUPPORT", ANEZ_SUPPORTERS, ANEZ, B4, date="2025-11-06", location="La Paz", location_country="BOL"),
        event("ACCUSE", ANEZ, BOL_GOV, B6, mode="allege"),
        event("ACCUSE", ANEZ, MORALES, B6, mode="allege"),
        event("COERCE", BOL_POLICE, ANEZ, B8, mode="arrest"),
        event("ACCUSE", BOL_PROSECUTORS, ANEZ, B8, mode="allege"),
        event("PROTEST", VICTIM_RELATIVES, BOL_SUPREME_COURT, B10, mode="demo", date="2025-11-05",
              location="Sucre", location_country="BOL"),
        event("ACCUSE", SILES, BOL_SUPREME_COURT, B11, mode="disapprove"),
        event("SUPPORT", PAZ, BOL_SUPREME_COURT, B12),
        event("RETREAT", BOL_COURTS, CAMACHO, B14, mode="release"),
        event("RETREAT", BOL_COURTS, PUMARI, B14, mode="release"),
    ],
    "quotes": [
        quote("dass Áñez als ehemaliges Staatsoberhaupt nicht vor einem ordentlichen Gericht, sondern nur in einem "
              "besonderen Verfahren des Parlaments hätte angeklagt werden dürfen", "Supreme Court of Justice of Bolivia",
              "indirect"),
        quote("Heute endet eine Ungerechtigkeit, die fast fünf Jahre gedauert hat", "Jeanine Áñez", "direct"),
        quote("sie aus politischer Rache verfolgt zu haben", "Jeanine Áñez", "indirect"),
        quote("durch einen Staatsstreich an die Macht gekommen zu sein", "Public Prosecutor's Office of Bolivia",
              "indirect"),
        quote("politischen Beschluss", "César Siles", "direct"),
    ],
    "entities": [
        entity("La Paz", "LOC", "BOL", ["La Paz"]),
        entity("Bolivia", "LOC", "BOL", ["Boliviens"]),
        entity("Jeanine Áñez", "PER", "BOL", ["Boliviens frühere Übergangspräsidentin Jeanine Áñez", "ihre", "Áñez",
                                              "die 58-Jährige", "sie", "Sie", "ihr"]),
        entity("Supreme Court of Justice of Bolivia", "ORG", "BOL", ["Der Oberste Gerichtshof", "Die Richter",
                                                                     "des Gerichts"]),
        entity("Legislative Assembly of Bolivia", "ORG", "BOL", ["des Parlaments"]),
        entity("Miraflores women's prison", "LOC", "BOL", ["das Frauengefängnis Miraflores"]),
        entity("supporters of Jeanine Áñez", "PER", "BOL", ["Dutzende Anhänger"]),
        entity("Government of Bolivia", "ORG", "BOL", ["der Regierung von Präsident Luis Arce"]),
        entity("Luis Arce", "PER", "BOL", ["Präsident Luis Arce", "Arces", "Arce"]),
        entity("Evo Morales", "PER", "BOL", ["dessen Vorgänger Evo Morales", "Morales"]),
        entity("Public Prosecutor's Office of Bolivia", "ORG", "BOL", ["die Staatsanwaltschaft"]),
        entity("supporters of Evo Morales", "PER", "BOL", ["Morales-Anhängern"]),
        entity("Sacaba", "LOC", "BOL", ["Sacaba"]),
        entity("Senkata", "LOC", "BOL", ["Senkata"]),
        entity("relatives of the victims of Sacaba and Senkata", "PER", "BOL", ["Angehörige der Opfer"]),
        entity("Sucre", "LOC", "BOL", ["Sucre"]),
        entity("César Siles", "PER", "BOL", ["Der scheidende Justizminister César Siles"]),
        entity("Rodrigo Paz", "PER", "BOL", ["Der gewählte Präsident Rodrigo Paz", "Paz"]),
        entity("Movement for Socialism", "ORG", "BOL", ["dessen Bewegung zum Sozialismus (MAS)"]),
        entity("Santa Cruz Department", "LOC", "BOL", ["Santa Cruz"]),
        entity("Luis Fernando Camacho", "PER", "BOL", ["der Gouverneur von Santa Cruz, Luis Fernando Camacho"]),
        entity("Marco Pumari", "PER", "BOL", ["der Bürgerrechtler Marco Pumari"]),
    ],
}

# ---------------------------------------------------------------- hm360-en-01 (US/Mexico, García Luna sentenced)
COGAN = actor("Brian Cogan", "USA", "JUD")
GARCIA_LUNA = actor("Genaro García Luna", "MEX", "CVL")
EDNY_PROSECUTORS = actor("U.S. Attorney's Office for the Eastern District of New York", "USA", "JUD")
BROOKLYN_JURY = actor("Brooklyn federal jury", "USA", "JUD")
CARTEL_WITNESSES = actor("former cartel members who testified against García Luna", "MEX", "REB")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
CALDERON = actor("Felipe Calderón", "MEX", "OPP")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
PEREYRA = actor("Linda Cristina Pereyra", "MEX", "CVL")
PEACE = actor("Breon Peace", "USA", "JUD")

G1 = ("NEW YORK (AP) — Genaro García Luna, Mexico's former top security official who once led the country's fight "
      "against drug cartels, was sentenced on Wednesday to more than 38 years in a U.S. prison for taking millions of "
      "dollars in bribes from the Sinaloa cartel he was supposed to be fighting.")
G2 = ("U.S. District Judge Brian Cogan also fined García Luna $2 million, saying he had \"led a double life\" and "
      "betrayed the people of both countries.")
G3 = "Prosecutors had asked for a life sentence."
G4 = ("García Luna, 56, who served as public security secretary under President Felipe Calderón from 2006 to 2012, "
      "was convicted by a Brooklyn jury in February 2023 of drug trafficking conspiracy and lying to U.S. "
      "authorities.")
G5 = ("Before the sentence was handed down, he told the court he was innocent and accused the witnesses against him "
      "of lying to reduce their own prison terms.")
G6 = "\"I have never had any relationship with the cartels,\" he said, reading from a statement in Spanish."
G7 = ("Several former cartel members testified at his trial that they had personally handed him briefcases stuffed "
      "with cash.")
G8 = "His lawyer, Cesar de Castro, said the defense would appeal."
G9 = ("In Mexico City, President Claudia Sheinbaum said the sentence proved that \"a narco-state\" had existed under "
      "Calderón's government.")
G10 = ("\"He should explain to the people of Mexico how he did not know,\" Sheinbaum said at her daily news "
       "conference.")
G11 = ("Calderón, who has lived in Spain for much of the past several years, wrote on X that he had never known of "
       "any illegal activity by his former official.")
G12 = ("Mexico's government is separately suing García Luna and his wife in a Florida court to recover about $700 "
       "million that it says he embezzled through government contracts.")
G13 = ("Breon Peace, the U.S. attorney in Brooklyn, said in a statement that García Luna had \"betrayed the very "
       "citizens he was sworn to protect\" for his own profit.")
G14 = "García Luna is the highest-ranking Mexican official ever tried in the United States."

EN01 = {
    "id": "hm360-en-01", "lang": "en", "url": None, "published": "2024-10-16",
    "title": "Mexico's former security chief Garcia Luna sentenced to more than 38 years in US prison",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6, G7, G8], [G9, G10, G11], [G12, G13, G14]),
    "events": [
        event("SANCTION", COGAN, GARCIA_LUNA, G1, mode="convict", date="2024-10-16", location="New York",
              location_country="USA"),
        event("COERCE", COGAN, GARCIA_LUNA, G1, mode="arrest", date="2024-10-16", location="New York",
              location_country="USA"),
        event("SANCTION", COGAN, GARCIA_LUNA, G2, mode="convict"),
        event("ACCUSE", COGAN, GARCIA_LUNA, G2, mode="disapprove"),
        event("REQUEST", EDNY_PROSECUTORS, COGAN, G3),
        event("SANCTION", BROOKLYN_JURY, GARCIA_LUNA, G4, mode="convict", location="New York",
              location_country="USA"),
        event("ACCUSE", GARCIA_LUNA, CARTEL_WITNESSES, G5, mode="allege"),
        event("ACCUSE", CARTEL_WITNESSES, GARCIA_LUNA, G7, mode="allege"),
        event("ACCUSE", SHEINBAUM, CALDERON, G9, mode="disapprove", location="Mexico City", location_country="MEX"),
        event("REQUEST", SHEINBAUM, CALDERON, G10),
        event("ACCUSE", MEX_GOV, GARCIA_LUNA, G12, mode="allege", location="Florida", location_country="USA"),
        event("ACCUSE", MEX_GOV, PEREYRA, G12, mode="allege", location="Florida", location_country="USA"),
        event("ACCUSE", PEACE, GARCIA_LUNA, G13, mode="disapprove"),
    ],
    "quotes": [
        quote("led a double life", "Brian Cogan", "direct"),
        quote("he had \"led a double life\" and betrayed the people of both countries", "Brian Cogan", "indirect"),
        quote("he was innocent", "Genaro García Luna", "indirect"),
        quote("I have never had any relationship with the cartels", "Genaro García Luna", "direct"),
        quote("they had personally handed him briefcases stuffed with cash",
              "former cartel members who testified against García Luna", "indirect"),
        quote("the defense would appeal", "Cesar de Castro", "indirect"),
        quote("a narco-state", "Claudia Sheinbaum", "direct"),
        quote("the sentence proved that \"a narco-state\" had existed under Calderón's government", "Claudia Sheinbaum",
              "indirect"),
        quote("He should explain to the people of Mexico how he did not know", "Claudia Sheinbaum", "direct"),
        quote("he had never known of any illegal activity by his former official", "Felipe Calderón", "indirect"),
        quote("he embezzled through government contracts", "Government of Mexico", "indirect"),
        quote("betrayed the very citizens he was sworn to protect", "Breon Peace", "direct"),
        quote("García Luna had \"betrayed the very citizens he was sworn to protect\" for his own profit", "Breon Peace",
              "indirect"),
    ],
    "entities": [
        entity("New York", "LOC", "USA", ["NEW YORK"]),
        entity("Genaro García Luna", "PER", "MEX", ["Genaro García Luna, Mexico's former top security official",
                                                    "García Luna", "he", "him", "his former official",
                                                    "García Luna, 56"]),
        entity("Mexico", "LOC", "MEX", ["Mexico's", "the country's", "Mexico", "both countries"]),
        entity("United States", "LOC", "USA", ["U.S.", "the United States"]),
        entity("Sinaloa Cartel", "ORG", "MEX", ["the Sinaloa cartel"]),
        entity("Brian Cogan", "PER", "USA", ["U.S. District Judge Brian Cogan"]),
        entity("U.S. Attorney's Office for the Eastern District of New York", "ORG", "USA", ["Prosecutors"]),
        entity("Felipe Calderón", "PER", "MEX", ["President Felipe Calderón", "Calderón's", "Calderón", "He"]),
        entity("Brooklyn federal jury", "ORG", "USA", ["a Brooklyn jury"]),
        entity("former cartel members who testified against García Luna", "PER", "MEX",
               ["the witnesses against him", "Several former cartel members", "they"]),
        entity("Cesar de Castro", "PER", "USA", ["His lawyer, Cesar de Castro"]),
        entity("Mexico City", "LOC", "MEX", ["Mexico City"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["President Claudia Sheinbaum", "Sheinbaum"]),
        entity("Spain", "LOC", "ESP", ["Spain"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Government of Mexico", "ORG", "MEX", ["Mexico's government", "it"]),
        entity("Linda Cristina Pereyra", "PER", "MEX", ["his wife"]),
        entity("Florida", "LOC", "USA", ["a Florida court"]),
        entity("Breon Peace", "PER", "USA", ["Breon Peace, the U.S. attorney in Brooklyn"]),
        entity("Brooklyn", "LOC", "USA", ["Brooklyn"]),
    ],
}

# ---------------------------------------------------------------- hm360-en-02 (Brazil, Lupi resigns over INSS fraud)
LUPI = actor("Carlos Lupi", "BRA", "GOV")
BRA_FED_POLICE = actor("Federal Police of Brazil", "BRA", "COP")
CGU = actor("Office of the Comptroller General of Brazil", "BRA", "GOV")
PENSION_ASSOCIATIONS = actor("associations accused of unauthorized pension deductions", "BRA", "CVL")
BRA_FED_JUDGE = actor("Brazilian federal judge", "BRA", "JUD")
INSS_OFFICIALS = actor("senior officials of the National Social Security Institute", "BRA", "GOV")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
STEFANUTTO = actor("Alessandro Stefanutto", "BRA", "GOV")
BRA_OPP = actor("Brazilian opposition lawmakers", "BRA", "OPP")
PL = actor("Liberal Party (Brazil)", "BRA", "PTY")
RUI_COSTA = actor("Rui Costa", "BRA", "GOV")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")
RETIREES = actor("Brazilian retirees", "BRA", "CVL")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
TCU = actor("Federal Court of Accounts", "BRA", "GOV")
INSS = actor("National Social Security Institute", "BRA", "GOV")

L1 = ("BRASILIA (Reuters) - Brazil's Social Security Minister Carlos Lupi resigned on Friday amid a widening scandal "
      "over unauthorized deductions that allegedly siphoned billions of reais from retirees' pension payments.")
L2 = ("Lupi, a veteran leader of the center-left Democratic Labor Party (PDT), said in a letter to President Luiz "
      "Inacio Lula da Silva that he was stepping down so as not to hamper the investigation and that he was "
      "confident his innocence would be proven.")
L3 = "Lula accepted the resignation and named Lupi's deputy, Wolney Queiroz, as his successor, the presidency said."
L4 = ("Federal police and the Comptroller General's Office (CGU) raided dozens of addresses on April 23 in an "
      "operation targeting associations that allegedly charged monthly fees to millions of pensioners without their "
      "consent.")
L5 = "Investigators estimate that the deductions totaled 6.3 billion reais ($1.1 billion) between 2019 and 2024."
L6 = ("A federal judge ordered assets worth more than 1 billion reais frozen and suspended six senior officials of "
      "the National Social Security Institute (INSS) from their posts.")
L7 = "Lula fired INSS president Alessandro Stefanutto the same day."
L8 = ("Opposition lawmakers have accused Lupi of ignoring warnings about the deductions that were raised at a "
      "meeting of the national social security council in 2023.")
L9 = ("Lawmakers from former President Jair Bolsonaro's Liberal Party (PL) on Friday demanded a joint congressional "
      "inquiry into the scheme.")
L10 = ("Lula's chief of staff, Rui Costa, shot back that the scheme had taken root under Bolsonaro, when the number "
       "of authorized associations more than doubled.")
L11 = "The government has promised that every retiree who lost money will be reimbursed."
L12 = ("\"Every real that was taken from a retiree will be returned,\" Lula said in a televised address on "
       "Wednesday.")
L13 = "The Federal Court of Accounts (TCU), which audits government spending, has opened its own review of the INSS."
L14 = ("The scandal is a fresh blow to Lula, whose approval ratings have slipped ahead of next year's presidential "
       "election.")

EN02 = {
    "id": "hm360-en-02", "lang": "en", "url": None, "published": "2025-05-02",
    "title": "Brazil's social security minister resigns over pension fraud scandal",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6, L7], [L8, L9, L10], [L11, L12, L13], [L14]),
    "events": [
        event("RETREAT", LUPI, None, L1, mode="resign", date="2025-05-02"),
        event("RETREAT", LUPI, None, L2, mode="resign"),
        event("COERCE", BRA_FED_POLICE, PENSION_ASSOCIATIONS, L4, mode="seize", date="2025-04-23"),
        event("COERCE", CGU, PENSION_ASSOCIATIONS, L4, mode="seize", date="2025-04-23"),
        event("SANCTION", BRA_FED_JUDGE, PENSION_ASSOCIATIONS, L6),
        event("COERCE", BRA_FED_JUDGE, INSS_OFFICIALS, L6, mode="restrict"),
        event("SANCTION", LULA, STEFANUTTO, L7, mode="expel", date="2025-04-23"),
        event("ACCUSE", BRA_OPP, LUPI, L8, mode="allege"),
        event("REQUEST", PL, None, L9, date="2025-05-02"),
        event("ACCUSE", RUI_COSTA, BOLSONARO, L10, mode="allege"),
        event("AGREE", BRA_GOV, RETIREES, L11),
        event("AGREE", LULA, RETIREES, L12, date="2025-04-30"),
        event("ACCUSE", TCU, INSS, L13, mode="investigate"),
    ],
    "quotes": [
        quote("he was stepping down so as not to hamper the investigation and that he was confident his innocence "
              "would be proven", "Carlos Lupi", "indirect"),
        quote("Lula accepted the resignation and named Lupi's deputy, Wolney Queiroz, as his successor",
              "Presidency of Brazil", "indirect"),
        quote("the deductions totaled 6.3 billion reais ($1.1 billion) between 2019 and 2024", "Federal Police of Brazil",
              "indirect"),
        quote("the scheme had taken root under Bolsonaro, when the number of authorized associations more than "
              "doubled", "Rui Costa", "indirect"),
        quote("every retiree who lost money will be reimbursed", "Government of Brazil", "indirect"),
        quote("Every real that was taken from a retiree will be returned", "Luiz Inácio Lula da Silva", "direct"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["BRASILIA"]),
        entity("Brazil", "LOC", "BRA", ["Brazil's"]),
        entity("Carlos Lupi", "PER", "BRA", ["Brazil's Social Security Minister Carlos Lupi", "Lupi's", "Lupi", "he",
                                             "Lupi, a veteran leader of the center-left Democratic Labor Party (PDT)"]),
        entity("Democratic Labor Party", "ORG", "BRA", ["the center-left Democratic Labor Party (PDT)"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["President Luiz Inacio Lula da Silva", "Lula", "Lula's"]),
        entity("Wolney Queiroz", "PER", "BRA", ["Lupi's deputy, Wolney Queiroz"]),
        entity("Presidency of Brazil", "ORG", "BRA", ["the presidency"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["Federal police", "Investigators"]),
        entity("Office of the Comptroller General of Brazil", "ORG", "BRA", ["the Comptroller General's Office (CGU)"]),
        entity("associations accused of unauthorized pension deductions", "ORG", "BRA",
               ["associations that allegedly charged monthly fees to millions of pensioners without their consent"]),
        entity("Brazilian federal judge", "PER", "BRA", ["A federal judge"]),
        entity("National Social Security Institute", "ORG", "BRA", ["the National Social Security Institute (INSS)",
                                                                    "INSS", "the INSS"]),
        entity("senior officials of the National Social Security Institute", "PER", "BRA",
               ["six senior officials of the National Social Security Institute (INSS)"]),
        entity("Alessandro Stefanutto", "PER", "BRA", ["INSS president Alessandro Stefanutto"]),
        entity("Brazilian opposition lawmakers", "ORG", "BRA", ["Opposition lawmakers"]),
        entity("National Social Security Council", "ORG", "BRA", ["the national social security council"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["former President Jair Bolsonaro's", "Bolsonaro"]),
        entity("Liberal Party (Brazil)", "ORG", "BRA", ["Lawmakers from former President Jair Bolsonaro's Liberal "
                                                        "Party (PL)"]),
        entity("National Congress of Brazil", "ORG", "BRA", ["congressional"]),
        entity("Rui Costa", "PER", "BRA", ["Lula's chief of staff, Rui Costa"]),
        entity("Government of Brazil", "ORG", "BRA", ["The government"]),
        entity("Brazilian retirees", "PER", "BRA", ["retirees'", "every retiree who lost money", "a retiree"]),
        entity("Federal Court of Accounts", "ORG", "BRA", ["The Federal Court of Accounts (TCU)"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
