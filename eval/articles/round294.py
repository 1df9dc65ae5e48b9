"""Round 294: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm294-de-01: Argentina: the Senate votes down Milei's decree appointments of Ariel Lijo and Manuel García-Mansilla to the Supreme Court; the court had refused Lijo leave, Adorni attacks the opposition and the Senate, Mayans demands García-Mansilla's resignation and the government refuses, Macri's earlier criticism, the bar association's objections, protest outside Congress (2025-04-03).
- hm294-de-02: Colombia: Operation Perseo, the army advances into El Plateado (Cauca) against the EMC's Carlos Patiño front; clashes, alleged drone attacks, the rebels withdraw, Velásquez threatens and visits Governor Guzmán in Popayán, Petro praises the troops, food and doctors sent, residents block the road, the EMC objects, talks with Calarcá's faction continue, Ombudswoman Marín appeals (2024-10-14).
- hm294-de-03: Ecuador: amid drought-driven power cuts Noboa dismisses Energy Minister Andrea Arrobo; sabotage accusations and criminal complaints against 22 officials, prosecutors' preliminary inquiry, Noboa threatens prison, Revolución Ciudadana and Luisa González attack the government, pot-banging in Quito, Colombia suspends electricity exports and Camacho promises to resume them (2024-04-17).
- hm294-de-04: Peru: Boluarte signs the amnesty law for security forces accused of crimes in the 1980-2000 conflict; she praises the forces and rejects the Inter-American Court's earlier demand, Türk and Amnesty condemn, relatives protest in Lima, the CNDDHH appeals to judges, Rospigliosi attacks the court (2025-08-13).
- hm294-en-01: Uruguay: Yamandú Orsi wins the presidential runoff; Delgado concedes and congratulates, Lacalle Pou calls and offers the transition, Orsi promises talks with the opposition, Lula, Petro, Sheinbaum and Argentina's foreign ministry congratulate, Delgado's campaign accusation, Orsi did not endorse the pension plebiscite (2024-11-24).
- hm294-en-02: Paraguay/Mexico: Paraguay arrests and expels ex-Tabasco security chief Hernán Bermúdez Requena, alleged leader of La Barredora; García Harfuch thanks Asunción, the PAN demands Adán Augusto López step down and an inquiry, Sheinbaum says there is no investigation and rejects lifting his immunity, prison in Altiplano, Governor May thanks the federal authorities (2025-09-13).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm294-de-01 (Argentina, Senate rejects court nominees)
ARG_SENATE = actor("Senate of Argentina", "ARG", "LEG")
MILEI = actor("Javier Milei", "ARG", "GOV")
LIJO = actor("Ariel Lijo", "ARG", "JUD")
GARCIA_MANSILLA = actor("Manuel García-Mansilla", "ARG", "JUD")
ARG_SUPREME_COURT = actor("Supreme Court of Argentina", "ARG", "JUD")
ADORNI = actor("Manuel Adorni", "ARG", "GOV")
ARG_OPP = actor("Argentine opposition", "ARG", "OPP")
MAYANS = actor("José Mayans", "ARG", "OPP")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
MACRI = actor("Mauricio Macri", "ARG", "PTY")
BA_BAR = actor("Buenos Aires City Bar Association", "ARG", "NGO")
BA_PROTESTERS = actor("protesters in Buenos Aires", "ARG", "CVL")

A1 = ("Buenos Aires (dpa) - Der argentinische Senat hat die Ernennung von zwei Richtern für den Obersten Gerichtshof "
      "durch Präsident Javier Milei gekippt.")
A2 = ("Am Donnerstag stimmten 43 Senatoren gegen den Bundesrichter Ariel Lijo und 51 gegen den Juraprofessor Manuel "
      "García-Mansilla.")
A3 = "Für eine Bestätigung wäre eine Zweidrittelmehrheit der anwesenden Senatoren nötig gewesen."
A4 = ("Milei hatte die beiden Ende Februar während der parlamentarischen Sommerpause per Dekret ernannt, nachdem ihre "
      "Nominierung monatelang im Senat festgesteckt hatte.")
A5 = ("García-Mansilla legte kurz darauf den Amtseid ab, Lijo dagegen nicht: Das Gericht verweigerte ihm eine "
      "Beurlaubung von seinem Posten als Bundesrichter.")
A6 = ("Präsidentensprecher Manuel Adorni warf der Opposition vor, sie habe die Kandidaten aus „rein politischen "
      "Gründen“ abgelehnt.")
A7 = ("„Der Senat hat heute gezeigt, dass ihm ein funktionierender Gerichtshof gleichgültig ist“, sagte Adorni vor "
      "Journalisten im Präsidentenpalast Casa Rosada.")
A8 = ("Der Fraktionschef der peronistischen Unión por la Patria im Senat, José Mayans, sprach dagegen von einem "
      "„Sieg der Verfassung“.")
A9 = "Er forderte García-Mansilla auf, sein Richteramt unverzüglich niederzulegen."
A10 = ("Milei habe mit den Ernennungen per Dekret die Verfassung „mit Füßen getreten“, sagte der Senator aus der "
       "Provinz Formosa.")
A11 = "Die Regierung lehnte einen Rücktritt García-Mansillas zunächst ab."
A12 = ("Der Richter bleibe im Amt, bis die rechtlichen Folgen der Abstimmung geprüft seien, hieß es aus dem "
       "Präsidialamt.")
A13 = ("Auch der frühere Präsident Mauricio Macri, ein Verbündeter Mileis, hatte das Dekret als „Fehler“ "
       "kritisiert.")
A14 = ("Lijo gilt als umstritten: Der Anwaltsverband der Hauptstadt hatte ihm mangelnde Eignung für das höchste "
       "Richteramt vorgeworfen.")
A15 = ("Vor dem Kongress versammelten sich am Abend einige hundert Demonstranten, die gegen die Ernennungen per "
       "Dekret protestierten.")
A16 = "Der Oberste Gerichtshof äußerte sich zunächst nicht zu der Abstimmung."
A17 = ("Dem Gericht gehören neben García-Mansilla derzeit nur die Richter Horacio Rosatti, Carlos Rosenkrantz und "
       "Ricardo Lorenzetti an.")

DE01 = {
    "id": "hm294-de-01", "lang": "de", "url": None, "published": "2025-04-03",
    "title": "Argentiniens Senat kippt Mileis Richter für den Obersten Gerichtshof",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7, A8, A9, A10], [A11, A12, A13, A14], [A15, A16, A17]),
    "events": [
        event("REJECT", ARG_SENATE, MILEI, A1, mode="change"),
        event("REJECT", ARG_SENATE, LIJO, A2, mode="change", date="2025-04-03"),
        event("REJECT", ARG_SENATE, GARCIA_MANSILLA, A2, mode="change", date="2025-04-03"),
        event("REJECT", ARG_SUPREME_COURT, LIJO, A5),
        event("ACCUSE", ADORNI, ARG_OPP, A6, mode="disapprove"),
        event("ACCUSE", ADORNI, ARG_SENATE, A7, mode="disapprove", location="Buenos Aires", location_country="ARG"),
        event("SUPPORT", MAYANS, ARG_SENATE, A8),
        event("REQUEST", MAYANS, GARCIA_MANSILLA, A9, mode="change"),
        event("ACCUSE", MAYANS, MILEI, A10, mode="disapprove"),
        event("REJECT", ARG_GOV, MAYANS, A11, mode="change"),
        event("ACCUSE", MACRI, MILEI, A13, mode="disapprove"),
        event("ACCUSE", BA_BAR, LIJO, A14, mode="disapprove"),
        event("PROTEST", BA_PROTESTERS, MILEI, A15, mode="demo", date="2025-04-03", location="Buenos Aires",
              location_country="ARG"),
    ],
    "quotes": [
        quote("sie habe die Kandidaten aus „rein politischen Gründen“ abgelehnt", "Manuel Adorni", "indirect"),
        quote("rein politischen Gründen", "Manuel Adorni", "direct"),
        quote("Der Senat hat heute gezeigt, dass ihm ein funktionierender Gerichtshof gleichgültig ist",
              "Manuel Adorni", "direct"),
        quote("Sieg der Verfassung", "José Mayans", "direct"),
        quote("Milei habe mit den Ernennungen per Dekret die Verfassung „mit Füßen getreten“", "José Mayans",
              "indirect"),
        quote("mit Füßen getreten", "José Mayans", "direct"),
        quote("Der Richter bleibe im Amt, bis die rechtlichen Folgen der Abstimmung geprüft seien",
              "Office of the President of Argentina", "indirect"),
        quote("Fehler", "Mauricio Macri", "direct"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Senate of Argentina", "ORG", "ARG", ["Der argentinische Senat", "im Senat", "Der Senat"]),
        entity("Supreme Court of Argentina", "ORG", "ARG", ["den Obersten Gerichtshof", "Das Gericht",
                                                            "Der Oberste Gerichtshof", "Dem Gericht"]),
        entity("Javier Milei", "PER", "ARG", ["Präsident Javier Milei", "Milei", "Mileis"]),
        entity("Ariel Lijo", "PER", "ARG", ["den Bundesrichter Ariel Lijo", "Lijo"]),
        entity("Manuel García-Mansilla", "PER", "ARG", ["den Juraprofessor Manuel García-Mansilla", "García-Mansilla",
                                                        "García-Mansillas", "Der Richter"]),
        entity("Manuel Adorni", "PER", "ARG", ["Präsidentensprecher Manuel Adorni", "Adorni"]),
        entity("Argentine opposition", "ORG", "ARG", ["der Opposition"]),
        entity("Casa Rosada", "LOC", "ARG", ["Präsidentenpalast Casa Rosada"]),
        entity("Unión por la Patria", "ORG", "ARG", ["der peronistischen Unión por la Patria"]),
        entity("José Mayans", "PER", "ARG", ["José Mayans", "der Senator aus der Provinz Formosa"]),
        entity("Formosa Province", "LOC", "ARG", ["Provinz Formosa"]),
        entity("Government of Argentina", "ORG", "ARG", ["Die Regierung"]),
        entity("Office of the President of Argentina", "ORG", "ARG", ["dem Präsidialamt"]),
        entity("Mauricio Macri", "PER", "ARG", ["der frühere Präsident Mauricio Macri"]),
        entity("Buenos Aires City Bar Association", "ORG", "ARG", ["Der Anwaltsverband der Hauptstadt"]),
        entity("National Congress of Argentina", "LOC", "ARG", ["dem Kongress"]),
        entity("Horacio Rosatti", "PER", "ARG", ["Horacio Rosatti"]),
        entity("Carlos Rosenkrantz", "PER", "ARG", ["Carlos Rosenkrantz"]),
        entity("Ricardo Lorenzetti", "PER", "ARG", ["Ricardo Lorenzetti"]),
    ],
}

# ---------------------------------------------------------------- hm294-de-02 (Colombia, Operation Perseo in El Plateado)
COL_ARMY = actor("Colombian Army", "COL", "MIL")
PATINO_FRONT = actor("Frente Carlos Patiño", "COL", "REB")
VELASQUEZ = actor("Iván Velásquez", "COL", "GOV")
GUZMAN = actor("Octavio Guzmán", "COL", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
COL_GOV = actor("Government of Colombia", "COL", "GOV")
PLATEADO_RESIDENTS = actor("residents of El Plateado", "COL", "CVL")
EMC = actor("Estado Mayor Central", "COL", "REB")
CALARCA_FACTION = actor("Estado Mayor de Bloques y Frente", "COL", "REB")
MARIN = actor("Iris Marín", "COL", "GOV")

B1 = ("Bogotá (AFP) - Die kolumbianische Armee ist mit mehr als tausend Soldaten in eine Hochburg von "
      "Farc-Dissidenten im Südwesten des Landes vorgerückt.")
B2 = ("Die Truppen seien am Samstag in den Ort El Plateado im Departement Cauca eingerückt, der seit Jahren von der "
      "Gruppe Frente Carlos Patiño kontrolliert werde, teilte das Verteidigungsministerium mit.")
B3 = "Bei Gefechten am Ortsrand wurden zwei Soldaten verletzt."
B4 = ("Die Rebellen hätten die vorrückenden Einheiten zudem mit sprengstoffbeladenen Drohnen angegriffen, erklärte "
      "die Armeeführung.")
B5 = "Die meisten Kämpfer der Gruppe zogen sich in die umliegenden Berge zurück."
B6 = "Die Gruppe hatte in den vergangenen Monaten wiederholt Militärposten in der Region angegriffen."
B7 = "Verteidigungsminister Iván Velásquez sagte, der Staat werde El Plateado „nicht wieder verlassen“."
B8 = "„Wer nicht die Waffen niederlegt, wird die ganze Kraft des Staates zu spüren bekommen“, sagte der Minister."
B9 = "Velásquez besuchte am Sonntag die Provinzhauptstadt Popayán, wo ihn Gouverneur Octavio Guzmán empfing."
B10 = "Guzmán sicherte der Armee die Unterstützung der Departementsregierung zu."
B11 = ("Präsident Gustavo Petro lobte die Soldaten im Onlinedienst X und schrieb, in El Plateado gehe „die "
       "Herrschaft des Kokains“ zu Ende.")
B12 = "Die Regierung schickte nach eigenen Angaben Lebensmittel und Ärzte in den Ort."
B13 = ("Hunderte Bewohner blockierten am Sonntag die einzige Zufahrtsstraße und versuchten, die Soldaten am Vorrücken "
       "zu hindern.")
B14 = ("Die Farc-Splittergruppe Estado Mayor Central (EMC) von Anführer Iván Mordisco, zu der der Frente Carlos "
       "Patiño gehört, bezeichnete die Offensive in einer Erklärung als „Krieg gegen die Bauern“.")
B15 = ("Die Gespräche der Regierung mit Mordiscos Fraktion waren bereits im Frühjahr gescheitert; mit einer "
       "abgespaltenen Fraktion unter dem Kommandeur alias Calarcá wird weiter verhandelt.")
B16 = "Die Ombudsfrau für Menschenrechte, Iris Marín, rief die Armee auf, die Zivilbevölkerung zu schonen."
B17 = "Der Frente Carlos Patiño kontrolliert im Micay-Tal große Koka-Anbauflächen und Schmuggelrouten zum Pazifik."

DE02 = {
    "id": "hm294-de-02", "lang": "de", "url": None, "published": "2024-10-14",
    "title": "Kolumbiens Armee rückt in Dissidenten-Hochburg El Plateado vor",
    "text": paragraphs([B1, B2, B3, B4, B5, B6], [B7, B8, B9, B10, B11, B12], [B13, B14, B15], [B16, B17]),
    "events": [
        event("MOBILIZE", COL_ARMY, PATINO_FRONT, B1, mode="troops"),
        event("MOBILIZE", COL_ARMY, PATINO_FRONT, B2, mode="troops", date="2024-10-12", location="El Plateado",
              location_country="COL"),
        event("ASSAULT", COL_ARMY, PATINO_FRONT, B3, location="El Plateado", location_country="COL"),
        event("ACCUSE", COL_ARMY, PATINO_FRONT, B4, mode="allege"),
        event("RETREAT", PATINO_FRONT, COL_ARMY, B5, mode="withdraw"),
        event("ASSAULT", PATINO_FRONT, COL_ARMY, B6),
        event("THREATEN", VELASQUEZ, PATINO_FRONT, B8, mode="violence"),
        event("CONSULT", VELASQUEZ, GUZMAN, B9, mode="visit", date="2024-10-13", location="Popayán",
              location_country="COL"),
        event("SUPPORT", GUZMAN, COL_ARMY, B10),
        event("SUPPORT", PETRO, COL_ARMY, B11),
        event("AID", COL_GOV, PLATEADO_RESIDENTS, B12, location="El Plateado", location_country="COL"),
        event("PROTEST", PLATEADO_RESIDENTS, COL_ARMY, B13, mode="obstruct", date="2024-10-13",
              location="El Plateado", location_country="COL"),
        event("ACCUSE", EMC, COL_GOV, B14, mode="disapprove"),
        event("CONSULT", COL_GOV, CALARCA_FACTION, B15),
        event("REQUEST", MARIN, COL_ARMY, B16),
    ],
    "quotes": [
        quote("Die Truppen seien am Samstag in den Ort El Plateado im Departement Cauca eingerückt, der seit Jahren "
              "von der Gruppe Frente Carlos Patiño kontrolliert werde", "Ministry of National Defence of Colombia",
              "indirect"),
        quote("Die Rebellen hätten die vorrückenden Einheiten zudem mit sprengstoffbeladenen Drohnen angegriffen",
              "Colombian Army", "indirect"),
        quote("der Staat werde El Plateado „nicht wieder verlassen“", "Iván Velásquez", "indirect"),
        quote("nicht wieder verlassen", "Iván Velásquez", "direct"),
        quote("Wer nicht die Waffen niederlegt, wird die ganze Kraft des Staates zu spüren bekommen", "Iván Velásquez",
              "direct"),
        quote("in El Plateado gehe „die Herrschaft des Kokains“ zu Ende", "Gustavo Petro", "indirect"),
        quote("die Herrschaft des Kokains", "Gustavo Petro", "direct"),
        quote("Krieg gegen die Bauern", "Estado Mayor Central", "direct"),
    ],
    "entities": [
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
        entity("Colombian Army", "ORG", "COL", ["Die kolumbianische Armee", "Die Truppen", "die Armeeführung",
                                                "der Armee", "die Armee"]),
        entity("Frente Carlos Patiño", "ORG", "COL", ["Farc-Dissidenten", "der Gruppe Frente Carlos Patiño",
                                                      "Die Rebellen", "Die Gruppe", "der Frente Carlos Patiño",
                                                      "Der Frente Carlos Patiño"]),
        entity("El Plateado", "LOC", "COL", ["El Plateado", "den Ort"]),
        entity("Cauca Department", "LOC", "COL", ["Departement Cauca", "Cauca"]),
        entity("Ministry of National Defence of Colombia", "ORG", "COL", ["das Verteidigungsministerium"]),
        entity("Iván Velásquez", "PER", "COL", ["Verteidigungsminister Iván Velásquez", "der Minister", "Velásquez"]),
        entity("Popayán", "LOC", "COL", ["die Provinzhauptstadt Popayán"]),
        entity("Octavio Guzmán", "PER", "COL", ["Gouverneur Octavio Guzmán", "Guzmán"]),
        entity("Government of Cauca", "ORG", "COL", ["der Departementsregierung"]),
        entity("Gustavo Petro", "PER", "COL", ["Präsident Gustavo Petro"]),
        entity("Government of Colombia", "ORG", "COL", ["Die Regierung", "der Regierung"]),
        entity("Estado Mayor Central", "ORG", "COL", ["Die Farc-Splittergruppe Estado Mayor Central (EMC)",
                                                      "Mordiscos Fraktion"]),
        entity("Iván Mordisco", "PER", "COL", ["Anführer Iván Mordisco", "Mordiscos"]),
        entity("Estado Mayor de Bloques y Frente", "ORG", "COL", ["einer abgespaltenen Fraktion"]),
        entity("Alexander Díaz Mendoza", "PER", "COL", ["dem Kommandeur alias Calarcá"]),
        entity("Iris Marín", "PER", "COL", ["Die Ombudsfrau für Menschenrechte, Iris Marín"]),
        entity("Micay Canyon", "LOC", "COL", ["Micay-Tal"]),
        entity("Pacific Ocean", "LOC", None, ["Pazifik"]),
    ],
}

# ---------------------------------------------------------------- hm294-de-03 (Ecuador, energy crisis, Arrobo dismissed)
NOBOA = actor("Daniel Noboa", "ECU", "GOV")
ARROBO = actor("Andrea Arrobo", "ECU", "GOV")
ECU_GOV = actor("Government of Ecuador", "ECU", "GOV")
ECU_OFFICIALS = actor("Ecuadorian energy officials", "ECU", "GOV")
ECU_PROSECUTORS = actor("Attorney General's Office of Ecuador", "ECU", "JUD")
RC = actor("Revolución Ciudadana", "ECU", "OPP")
GONZALEZ = actor("Luisa González", "ECU", "OPP")
QUITO_RESIDENTS = actor("residents of Quito", "ECU", "CVL")
COLOMBIA = actor("Colombia", "COL", "GOV")
ECUADOR = actor("Ecuador", "ECU", "GOV")
CAMACHO = actor("Andrés Camacho", "COL", "GOV")

C1 = ("Quito (dpa) - Inmitten einer schweren Energiekrise hat Ecuadors Präsident Daniel Noboa seine Energieministerin "
      "Andrea Arrobo entlassen.")
C2 = ("Die Regierung warf Arrobo und weiteren Beamten vor, Informationen über den Zustand der Wasserkraftwerke "
      "zurückgehalten und die Stromversorgung damit „sabotiert“ zu haben.")
C3 = "Gegen 22 Funktionäre sei Strafanzeige erstattet worden, teilte das Präsidialamt am Mittwoch mit."
C4 = "Die Staatsanwaltschaft leitete nach eigenen Angaben Vorermittlungen ein."
C5 = ("„Wer die Stromversorgung sabotiert hat, wird dafür im Gefängnis landen“, sagte der 36-Jährige in einer "
      "Fernsehansprache.")
C6 = "Ecuador erlebt die schwerste Dürre seit Jahrzehnten, der Stausee des Wasserkraftwerks Mazar ist fast leer."
C7 = "Seit Sonntag wird landesweit täglich bis zu acht Stunden lang der Strom abgeschaltet."
C8 = "Noboa erklärte den Donnerstag und den Freitag zu arbeitsfreien Tagen, um Energie zu sparen."
C9 = "Arrobo wies die Vorwürfe zurück."
C10 = ("Sie habe das Kabinett bereits im vergangenen Jahr mehrfach vor Engpässen gewarnt, schrieb die Ex-Ministerin "
       "im Onlinedienst X.")
C11 = ("Die oppositionelle Bürgerrevolution (Revolución Ciudadana) des früheren Präsidenten Rafael Correa warf Noboa "
       "vor, mit der Entlassung von seinem eigenen Versagen abzulenken.")
C12 = "Die Ex-Präsidentschaftskandidatin Luisa González forderte den Rücktritt der gesamten Regierung."
C13 = ("In mehreren Vierteln Quitos schlugen Anwohner am Dienstagabend aus Protest gegen die Stromausfälle auf "
       "Kochtöpfe.")
C14 = ("Kolumbien hatte am Dienstag seine Stromexporte nach Ecuador wegen der Trockenheit im eigenen Land "
       "vorübergehend ausgesetzt.")
C15 = "Noboa bat die Regierung in Bogotá, die Lieferungen so bald wie möglich wieder aufzunehmen."
C16 = ("Kolumbiens Energieminister Andrés Camacho sagte Ecuador zu, die Exporte in den kommenden Wochen wieder "
       "aufzunehmen.")
C17 = ("Am Sonntag stimmen die Ecuadorianer in einem Referendum über Noboas Pläne für ein härteres Vorgehen gegen die "
       "Drogenkriminalität ab.")

DE03 = {
    "id": "hm294-de-03", "lang": "de", "url": None, "published": "2024-04-17",
    "title": "Stromkrise in Ecuador: Noboa entlässt Energieministerin",
    "text": paragraphs([C1, C2, C3, C4, C5], [C6, C7, C8], [C9, C10, C11, C12, C13], [C14, C15, C16, C17]),
    "events": [
        event("SANCTION", NOBOA, ARROBO, C1),
        event("ACCUSE", ECU_GOV, ARROBO, C2, mode="allege"),
        event("ACCUSE", ECU_GOV, ECU_OFFICIALS, C2, mode="allege"),
        event("ACCUSE", ECU_GOV, ECU_OFFICIALS, C3, mode="allege", date="2024-04-17"),
        event("ACCUSE", ECU_PROSECUTORS, ECU_OFFICIALS, C4, mode="investigate"),
        event("THREATEN", NOBOA, ECU_OFFICIALS, C5, mode="arrest"),
        event("ACCUSE", RC, NOBOA, C11, mode="disapprove"),
        event("REQUEST", GONZALEZ, ECU_GOV, C12, mode="change"),
        event("PROTEST", QUITO_RESIDENTS, ECU_GOV, C13, mode="demo", date="2024-04-16", location="Quito",
              location_country="ECU"),
        event("SANCTION", COLOMBIA, ECUADOR, C14, mode="discontinue", date="2024-04-16"),
        event("REQUEST", NOBOA, COL_GOV, C15, mode="assist"),
        event("AGREE", CAMACHO, ECUADOR, C16),
    ],
    "quotes": [
        quote("Informationen über den Zustand der Wasserkraftwerke zurückgehalten und die Stromversorgung damit "
              "„sabotiert“ zu haben", "Government of Ecuador", "indirect"),
        quote("sabotiert", "Government of Ecuador", "direct"),
        quote("Gegen 22 Funktionäre sei Strafanzeige erstattet worden", "Office of the President of Ecuador",
              "indirect"),
        quote("Wer die Stromversorgung sabotiert hat, wird dafür im Gefängnis landen", "Daniel Noboa", "direct"),
        quote("Sie habe das Kabinett bereits im vergangenen Jahr mehrfach vor Engpässen gewarnt", "Andrea Arrobo",
              "indirect"),
        quote("mit der Entlassung von seinem eigenen Versagen abzulenken", "Revolución Ciudadana", "indirect"),
    ],
    "entities": [
        entity("Quito", "LOC", "ECU", ["Quito", "Quitos"]),
        entity("Daniel Noboa", "PER", "ECU", ["Ecuadors Präsident Daniel Noboa", "der 36-Jährige", "Noboa",
                                              "Noboas"]),
        entity("Andrea Arrobo", "PER", "ECU", ["seine Energieministerin Andrea Arrobo", "Arrobo", "die Ex-Ministerin"]),
        entity("Government of Ecuador", "ORG", "ECU", ["Die Regierung", "das Kabinett", "der gesamten Regierung"]),
        entity("Ecuadorian energy officials", "PER", "ECU", ["weiteren Beamten", "22 Funktionäre"]),
        entity("Office of the President of Ecuador", "ORG", "ECU", ["das Präsidialamt"]),
        entity("Attorney General's Office of Ecuador", "ORG", "ECU", ["Die Staatsanwaltschaft"]),
        entity("Ecuador", "LOC", "ECU", ["Ecuadors", "Ecuador"]),
        entity("Mazar Dam", "LOC", "ECU", ["des Wasserkraftwerks Mazar"]),
        entity("Revolución Ciudadana", "ORG", "ECU", ["Die oppositionelle Bürgerrevolution (Revolución Ciudadana)"]),
        entity("Rafael Correa", "PER", "ECU", ["des früheren Präsidenten Rafael Correa"]),
        entity("Luisa González", "PER", "ECU", ["Die Ex-Präsidentschaftskandidatin Luisa González"]),
        entity("Colombia", "LOC", "COL", ["Kolumbien", "Kolumbiens"]),
        entity("Government of Colombia", "ORG", "COL", ["die Regierung in Bogotá"]),
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
        entity("Andrés Camacho", "PER", "COL", ["Kolumbiens Energieminister Andrés Camacho"]),
    ],
}

# ---------------------------------------------------------------- hm294-de-04 (Peru, amnesty law for security forces)
BOLUARTE = actor("Dina Boluarte", "PER", "GOV")
PER_SECURITY_FORCES = actor("Peruvian security forces", "PER", "MIL")
IACHR_COURT = actor("Inter-American Court of Human Rights", "IGO", "IGO")
PER_GOV = actor("Government of Peru", "PER", "GOV")
TURK = actor("Volker Türk", "UNO", "IGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
VICTIMS_RELATIVES = actor("relatives of victims of the Peruvian internal conflict", "PER", "CVL")
CNDDHH = actor("National Coordinator for Human Rights", "PER", "NGO")
PER_JUDICIARY = actor("Peruvian judiciary", "PER", "JUD")
ROSPIGLIOSI = actor("Fernando Rospigliosi", "PER", "LEG")

D1 = ("Lima (AFP) - Perus Präsidentin Dina Boluarte hat trotz internationaler Kritik ein umstrittenes Amnestiegesetz "
      "für Sicherheitskräfte in Kraft gesetzt.")
D2 = ("Es gilt für Angehörige der Streitkräfte, der Polizei und ziviler Selbstverteidigungskomitees, denen "
      "Verbrechen im Kampf gegen die Guerillagruppen Leuchtender Pfad und MRTA zwischen 1980 und 2000 vorgeworfen "
      "werden und die nicht rechtskräftig verurteilt sind.")
D3 = ("Boluarte unterzeichnete das Gesetz am Mittwoch bei einer Zeremonie im Regierungspalast in Lima, an der "
      "zahlreiche Offiziere teilnahmen.")
D4 = "„Heute erweisen wir denen die Ehre, die Peru gegen den Terrorismus verteidigt haben“, sagte die 63-Jährige."
D5 = ("Der Interamerikanische Gerichtshof für Menschenrechte hatte Peru im Juli aufgefordert, das "
      "Gesetzgebungsverfahren zu stoppen.")
D6 = "Boluarte wies dies als Einmischung in die Souveränität des Landes zurück."
D7 = ("Von dem Gesetz könnten nach Schätzungen von Menschenrechtlern mehr als 600 laufende Verfahren betroffen "
      "sein.")
D8 = ("Der UN-Hochkommissar für Menschenrechte, Volker Türk, verurteilte das Gesetz als „Affront“ gegenüber den "
      "Opfern.")
D9 = "Er forderte die peruanischen Behörden auf, es nicht anzuwenden."
D10 = "Amnesty International sprach von einem „schwarzen Tag“ für die Justiz in Peru."
D11 = ("Vor dem Justizpalast in Lima demonstrierten am Mittwoch Angehörige von Opfern mit Fotos ihrer verschwundenen "
       "Familienmitglieder.")
D12 = ("Die Nationale Menschenrechtskoordination (CNDDHH) rief die Richter des Landes auf, das Gesetz nicht "
       "anzuwenden.")
D13 = ("Der Konflikt zwischen Staat und Guerilla kostete rund 70.000 Menschen das Leben, wie eine Wahrheitskommission "
       "2003 feststellte.")
D14 = ("Das Gesetz war von Abgeordneten der rechtsgerichteten Fuerza Popular um Fernando Rospigliosi eingebracht "
       "worden.")
D15 = ("Rospigliosi warf dem Interamerikanischen Gerichtshof vor, „Terroristen zu schützen“, und forderte, dass Peru "
       "sich dessen Rechtsprechung entzieht.")
D16 = "Eine Reaktion des Gerichtshofs in San José lag zunächst nicht vor."

DE04 = {
    "id": "hm294-de-04", "lang": "de", "url": None, "published": "2025-08-13",
    "title": "Peru: Boluarte setzt Amnestie für Sicherheitskräfte in Kraft",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7], [D8, D9, D10, D11, D12], [D13, D14, D15, D16]),
    "events": [
        event("CONCEDE", BOLUARTE, PER_SECURITY_FORCES, D1),
        event("CONCEDE", BOLUARTE, PER_SECURITY_FORCES, D3, date="2025-08-13", location="Lima",
              location_country="PER"),
        event("SUPPORT", BOLUARTE, PER_SECURITY_FORCES, D4),
        event("REQUEST", IACHR_COURT, PER_GOV, D5, mode="change"),
        event("REJECT", BOLUARTE, IACHR_COURT, D6, mode="change"),
        event("ACCUSE", TURK, PER_GOV, D8, mode="disapprove"),
        event("REQUEST", TURK, PER_GOV, D9, mode="change"),
        event("ACCUSE", AMNESTY, PER_GOV, D10, mode="disapprove"),
        event("PROTEST", VICTIMS_RELATIVES, PER_GOV, D11, mode="demo", date="2025-08-13", location="Lima",
              location_country="PER"),
        event("REQUEST", CNDDHH, PER_JUDICIARY, D12, mode="change"),
        event("ACCUSE", ROSPIGLIOSI, IACHR_COURT, D15, mode="allege"),
        event("REQUEST", ROSPIGLIOSI, PER_GOV, D15, mode="change"),
    ],
    "quotes": [
        quote("Heute erweisen wir denen die Ehre, die Peru gegen den Terrorismus verteidigt haben", "Dina Boluarte",
              "direct"),
        quote("Affront", "Volker Türk", "direct"),
        quote("schwarzen Tag", "Amnesty International", "direct"),
        quote("Der Konflikt zwischen Staat und Guerilla kostete rund 70.000 Menschen das Leben",
              "Truth and Reconciliation Commission of Peru", "indirect"),
        quote("Terroristen zu schützen", "Fernando Rospigliosi", "direct"),
    ],
    "entities": [
        entity("Lima", "LOC", "PER", ["Lima"]),
        entity("Dina Boluarte", "PER", "PER", ["Perus Präsidentin Dina Boluarte", "Boluarte", "die 63-Jährige"]),
        entity("Peru", "LOC", "PER", ["Perus", "Peru"]),
        entity("Peruvian security forces", "ORG", "PER", ["Sicherheitskräfte"]),
        entity("Peruvian Armed Forces", "ORG", "PER", ["der Streitkräfte"]),
        entity("National Police of Peru", "ORG", "PER", ["der Polizei"]),
        entity("Self-defence committees", "ORG", "PER", ["ziviler Selbstverteidigungskomitees"]),
        entity("Shining Path", "ORG", "PER", ["Leuchtender Pfad"]),
        entity("Túpac Amaru Revolutionary Movement", "ORG", "PER", ["MRTA"]),
        entity("Government Palace of Peru", "LOC", "PER", ["im Regierungspalast"]),
        entity("Inter-American Court of Human Rights", "ORG", "IGO", ["Der Interamerikanische Gerichtshof für "
                                                                      "Menschenrechte",
                                                                      "dem Interamerikanischen Gerichtshof",
                                                                      "des Gerichtshofs"]),
        entity("Volker Türk", "PER", "UNO", ["Der UN-Hochkommissar für Menschenrechte, Volker Türk"]),
        entity("Government of Peru", "ORG", "PER", ["die peruanischen Behörden"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Palace of Justice of Peru", "LOC", "PER", ["dem Justizpalast"]),
        entity("National Coordinator for Human Rights", "ORG", "PER", ["Die Nationale Menschenrechtskoordination "
                                                                       "(CNDDHH)"]),
        entity("Peruvian judiciary", "ORG", "PER", ["die Richter des Landes"]),
        entity("Truth and Reconciliation Commission of Peru", "ORG", "PER", ["eine Wahrheitskommission"]),
        entity("Fuerza Popular", "ORG", "PER", ["der rechtsgerichteten Fuerza Popular"]),
        entity("Fernando Rospigliosi", "PER", "PER", ["Fernando Rospigliosi", "Rospigliosi"]),
        entity("San José", "LOC", "CRI", ["San José"]),
    ],
}

# ---------------------------------------------------------------- hm294-en-01 (Uruguay, Orsi wins the runoff)
ORSI = actor("Yamandú Orsi", "URY", "GOV")
DELGADO = actor("Álvaro Delgado", "URY", "PTY")
LACALLE_POU = actor("Luis Lacalle Pou", "URY", "GOV")
URY_OPP = actor("Uruguayan opposition parties", "URY", "OPP")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
ARG_MFA = actor("Ministry of Foreign Affairs of Argentina", "ARG", "GOV")
BROAD_FRONT = actor("Broad Front", "URY", "PTY")
PIT_CNT = actor("PIT-CNT", "URY", "LAB")

E1 = ("MONTEVIDEO, Nov 24 (Reuters) - Yamandu Orsi of Uruguay's left-wing Broad Front won the country's "
      "presidential runoff on Sunday, returning the coalition to power after five years of center-right government.")
E2 = ("Orsi, a 57-year-old former history teacher and two-term mayor of Canelones, took 49.8% of the vote against "
      "45.9% for Alvaro Delgado of the governing National Party, according to the electoral court's preliminary "
      "count.")
E3 = "Delgado conceded defeat shortly after the first results were announced and congratulated Orsi."
E4 = ('"The Uruguayan people have chosen, and we respect that decision," Delgado told supporters at his campaign '
      'headquarters in Montevideo.')
E5 = ("President Luis Lacalle Pou, who was barred by the constitution from seeking a second consecutive term, called "
      "Orsi on Sunday night and offered to begin the transition immediately.")
E6 = ('"I will be the president who calls for national dialogue again and again," Orsi told thousands of cheering '
      "supporters on Montevideo's waterfront.")
E7 = ("He said he would invite the opposition parties to talks on a broad agreement on public security and "
      "pensions.")
E8 = ("Orsi, who takes office on March 1, campaigned as the political heir of former President Jose Mujica, 89, who "
      "is recovering from cancer treatment.")
E9 = ("Brazilian President Luiz Inacio Lula da Silva congratulated Orsi in a post on X and said Brazil and Uruguay "
      "would deepen their partnership within the Mercosur trade bloc.")
E10 = ("Colombian President Gustavo Petro and Mexican President Claudia Sheinbaum also sent their "
       "congratulations.")
E11 = "Argentina's foreign ministry congratulated Orsi in a brief statement."
E12 = ("During the campaign, Delgado had accused the Broad Front of planning tax increases that would drive away "
       "investors, a charge Orsi denied.")
E13 = ("In October, voters rejected a union-backed proposal to lower the retirement age to 60 and scrap private "
       "pension funds, which Orsi did not endorse.")
E14 = ("Crime was the main issue of the campaign, with the homicide rate in the country of 3.4 million people well "
       "above those of neighboring Argentina and Chile.")
E15 = "The Broad Front previously governed from 2005 to 2020 under Tabare Vazquez and Mujica."

EN01 = {
    "id": "hm294-en-01", "lang": "en", "url": None, "published": "2024-11-24",
    "title": "Leftist Orsi wins Uruguay's presidential runoff",
    "text": paragraphs([E1, E2], [E3, E4, E5], [E6, E7, E8], [E9, E10, E11], [E12, E13, E14, E15]),
    "events": [
        event("CONCEDE", DELGADO, ORSI, E3, date="2024-11-24"),
        event("SUPPORT", DELGADO, ORSI, E3, date="2024-11-24"),
        event("CONSULT", LACALLE_POU, ORSI, E5, mode="phone", date="2024-11-24"),
        event("AGREE", LACALLE_POU, ORSI, E5, date="2024-11-24"),
        event("AGREE", ORSI, URY_OPP, E7),
        event("SUPPORT", LULA, ORSI, E9),
        event("AGREE", LULA, ORSI, E9),
        event("SUPPORT", PETRO, ORSI, E10),
        event("SUPPORT", SHEINBAUM, ORSI, E10),
        event("SUPPORT", ARG_MFA, ORSI, E11),
        event("ACCUSE", DELGADO, BROAD_FRONT, E12, mode="allege"),
        event("SUPPORT", ORSI, PIT_CNT, E13, negated=True),
    ],
    "quotes": [
        quote("Orsi, a 57-year-old former history teacher and two-term mayor of Canelones, took 49.8% of the vote "
              "against 45.9% for Alvaro Delgado of the governing National Party", "Electoral Court of Uruguay",
              "indirect"),
        quote("The Uruguayan people have chosen, and we respect that decision", "Álvaro Delgado", "direct"),
        quote("I will be the president who calls for national dialogue again and again", "Yamandú Orsi", "direct"),
        quote("he would invite the opposition parties to talks on a broad agreement on public security and pensions",
              "Yamandú Orsi", "indirect"),
        quote("Brazil and Uruguay would deepen their partnership within the Mercosur trade bloc",
              "Luiz Inácio Lula da Silva", "indirect"),
    ],
    "entities": [
        entity("Montevideo", "LOC", "URY", ["MONTEVIDEO", "Montevideo"]),
        entity("Yamandú Orsi", "PER", "URY", ["Yamandu Orsi", "Orsi"]),
        entity("Uruguay", "LOC", "URY", ["Uruguay", "the country"]),
        entity("Broad Front", "ORG", "URY", ["left-wing Broad Front", "the coalition", "the Broad Front",
                                             "The Broad Front"]),
        entity("Canelones", "LOC", "URY", ["Canelones"]),
        entity("Álvaro Delgado", "PER", "URY", ["Alvaro Delgado", "Delgado"]),
        entity("National Party", "ORG", "URY", ["the governing National Party"]),
        entity("Electoral Court of Uruguay", "ORG", "URY", ["the electoral court"]),
        entity("Luis Lacalle Pou", "PER", "URY", ["President Luis Lacalle Pou"]),
        entity("Uruguayan opposition parties", "ORG", "URY", ["the opposition parties"]),
        entity("José Mujica", "PER", "URY", ["former President Jose Mujica", "Mujica"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Brazilian President Luiz Inacio Lula da Silva"]),
        entity("Brazil", "LOC", "BRA", ["Brazil"]),
        entity("Mercosur", "ORG", "IGO", ["the Mercosur trade bloc"]),
        entity("Gustavo Petro", "PER", "COL", ["Colombian President Gustavo Petro"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexican President Claudia Sheinbaum"]),
        entity("Ministry of Foreign Affairs of Argentina", "ORG", "ARG", ["Argentina's foreign ministry"]),
        entity("Argentina", "LOC", "ARG", ["Argentina"]),
        entity("Chile", "LOC", "CHL", ["Chile"]),
        entity("Tabaré Vázquez", "PER", "URY", ["Tabare Vazquez"]),
    ],
}

# ---------------------------------------------------------------- hm294-en-02 (Paraguay/Mexico, Bermúdez Requena expelled)
PRY_GOV = actor("Government of Paraguay", "PRY", "GOV")
BERMUDEZ = actor("Hernán Bermúdez Requena", "MEX", "CVL")
PRY_POLICE = actor("National Police of Paraguay", "PRY", "COP")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
MEX_PROSECUTORS = actor("Mexican prosecutors", "MEX", "JUD")
GARCIA_HARFUCH = actor("Omar García Harfuch", "MEX", "GOV")
PAN = actor("National Action Party", "MEX", "OPP")
ADAN_AUGUSTO = actor("Adán Augusto López Hernández", "MEX", "LEG")
FGR = actor("Attorney General's Office of Mexico", "MEX", "JUD")
ROMERO = actor("Jorge Romero", "MEX", "OPP")
MEX_OPP = actor("Mexican opposition", "MEX", "OPP")
MAY = actor("Javier May", "MEX", "GOV")

F1 = ("MEXICO CITY, Sept 13 (Reuters) - Paraguay on Saturday expelled to Mexico a former state security chief "
      "accused of running a criminal gang, a day after police detained him at a house near the capital Asuncion.")
F2 = ("Hernan Bermudez Requena, who served as security secretary of the southern state of Tabasco from 2019 to "
      "2024, is accused by Mexican prosecutors of leading La Barredora, a gang linked to the Jalisco New Generation "
      "Cartel and blamed for extortion, kidnappings and fuel theft.")
F3 = ('"There will be no impunity for anyone," Security Minister Omar Garcia Harfuch wrote on X, thanking '
      'Paraguay\'s government for its "swift cooperation."')
F4 = ("Paraguayan police arrested Bermudez on Friday at a gated residence in Mariano Roque Alonso, a town on the "
      "outskirts of the capital, where he had been living for several months.")
F5 = ("Paraguay's Interior Minister Enrique Riera said an expulsion was faster than an extradition, which could "
      "have taken months.")
F6 = ("The case has piled pressure on Senator Adan Augusto Lopez, the leader of the ruling Morena party in the "
      "Senate, who appointed Bermudez when he was Tabasco's governor.")
F7 = ("Lopez, a close ally of former President Andres Manuel Lopez Obrador, has said he knew nothing of any "
      "criminal activities by his former security chief.")
F8 = ("The opposition National Action Party (PAN) demanded on Saturday that Lopez step down as Senate leader and "
      "called on the Attorney General's Office to investigate his time as governor.")
F9 = '"Lopez cannot keep hiding behind his seat in the Senate," PAN leader Jorge Romero told reporters.'
F10 = ("President Claudia Sheinbaum said on Friday that there was no investigation against Lopez and that he would "
       "have to answer questions only if prosecutors summoned him.")
F11 = "She rejected calls from the opposition to strip the senator of his immunity from prosecution."
F12 = ("Bermudez was taken to the Altiplano maximum-security prison in the State of Mexico on Saturday evening, the "
       "federal Attorney General's Office said.")
F13 = ("Tabasco Governor Javier May, also of Morena, thanked the federal authorities for the capture and said no "
       "one in Tabasco was above the law.")
F14 = "Tabasco, an oil-producing state on the Gulf of Mexico, has seen a sharp rise in killings and extortion since 2023."

EN02 = {
    "id": "hm294-en-02", "lang": "en", "url": None, "published": "2025-09-13",
    "title": "Paraguay expels Mexican ex-security chief accused of leading La Barredora gang",
    "text": paragraphs([F1, F2], [F3, F4, F5], [F6, F7, F8, F9], [F10, F11, F12, F13, F14]),
    "events": [
        event("COERCE", PRY_GOV, BERMUDEZ, F1, mode="deport", date="2025-09-13"),
        event("COOPERATE", PRY_GOV, MEX_GOV, F1, date="2025-09-13"),
        event("COERCE", PRY_POLICE, BERMUDEZ, F1, mode="arrest", date="2025-09-12"),
        event("ACCUSE", MEX_PROSECUTORS, BERMUDEZ, F2, mode="allege"),
        event("SUPPORT", GARCIA_HARFUCH, PRY_GOV, F3),
        event("COERCE", PRY_POLICE, BERMUDEZ, F4, mode="arrest", date="2025-09-12", location="Mariano Roque Alonso",
              location_country="PRY"),
        event("REQUEST", PAN, ADAN_AUGUSTO, F8, mode="change", date="2025-09-13"),
        event("REQUEST", PAN, FGR, F8, date="2025-09-13"),
        event("ACCUSE", ROMERO, ADAN_AUGUSTO, F9, mode="disapprove"),
        event("ACCUSE", FGR, ADAN_AUGUSTO, F10, mode="investigate", negated=True),
        event("REJECT", SHEINBAUM, MEX_OPP, F11, mode="change"),
        event("COERCE", FGR, BERMUDEZ, F12, mode="arrest", date="2025-09-13", location="State of Mexico",
              location_country="MEX"),
        event("SUPPORT", MAY, MEX_GOV, F13),
    ],
    "quotes": [
        quote("There will be no impunity for anyone", "Omar García Harfuch", "direct"),
        quote("swift cooperation", "Omar García Harfuch", "direct"),
        quote("an expulsion was faster than an extradition, which could have taken months", "Enrique Riera",
              "indirect"),
        quote("he knew nothing of any criminal activities by his former security chief",
              "Adán Augusto López Hernández", "indirect"),
        quote("Lopez cannot keep hiding behind his seat in the Senate", "Jorge Romero", "direct"),
        quote("there was no investigation against Lopez and that he would have to answer questions only if "
              "prosecutors summoned him", "Claudia Sheinbaum", "indirect"),
        quote("Bermudez was taken to the Altiplano maximum-security prison in the State of Mexico on Saturday "
              "evening", "Attorney General's Office of Mexico", "indirect"),
        quote("no one in Tabasco was above the law", "Javier May", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["MEXICO CITY"]),
        entity("Paraguay", "LOC", "PRY", ["Paraguay"]),
        entity("Mexico", "LOC", "MEX", ["Mexico"]),
        entity("Hernán Bermúdez Requena", "PER", "MEX", ["a former state security chief accused of running a "
                                                         "criminal gang", "Hernan Bermudez Requena", "Bermudez",
                                                         "his former security chief"]),
        entity("National Police of Paraguay", "ORG", "PRY", ["police", "Paraguayan police"]),
        entity("Asunción", "LOC", "PRY", ["the capital Asuncion", "the capital"]),
        entity("Tabasco", "LOC", "MEX", ["the southern state of Tabasco", "Tabasco", "Tabasco's"]),
        entity("Mexican prosecutors", "ORG", "MEX", ["Mexican prosecutors", "prosecutors"]),
        entity("La Barredora", "ORG", "MEX", ["La Barredora"]),
        entity("Jalisco New Generation Cartel", "ORG", "MEX", ["the Jalisco New Generation Cartel"]),
        entity("Omar García Harfuch", "PER", "MEX", ["Security Minister Omar Garcia Harfuch"]),
        entity("Government of Paraguay", "ORG", "PRY", ["Paraguay's government"]),
        entity("Mariano Roque Alonso", "LOC", "PRY", ["Mariano Roque Alonso", "a town on the outskirts of the capital"]),
        entity("Enrique Riera", "PER", "PRY", ["Paraguay's Interior Minister Enrique Riera"]),
        entity("Adán Augusto López Hernández", "PER", "MEX", ["Senator Adan Augusto Lopez", "Lopez", "the senator"]),
        entity("Morena", "ORG", "MEX", ["the ruling Morena party", "Morena"]),
        entity("Senate of Mexico", "ORG", "MEX", ["the Senate", "Senate"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["former President Andres Manuel Lopez Obrador"]),
        entity("National Action Party", "ORG", "MEX", ["The opposition National Action Party (PAN)", "PAN"]),
        entity("Attorney General's Office of Mexico", "ORG", "MEX", ["the Attorney General's Office",
                                                                     "the federal Attorney General's Office"]),
        entity("Jorge Romero", "PER", "MEX", ["PAN leader Jorge Romero"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["President Claudia Sheinbaum"]),
        entity("Mexican opposition", "ORG", "MEX", ["the opposition"]),
        entity("Altiplano prison", "LOC", "MEX", ["the Altiplano maximum-security prison"]),
        entity("State of Mexico", "LOC", "MEX", ["the State of Mexico"]),
        entity("Javier May", "PER", "MEX", ["Tabasco Governor Javier May"]),
        entity("Government of Mexico", "ORG", "MEX", ["the federal authorities"]),
        entity("Gulf of Mexico", "LOC", None, ["the Gulf of Mexico"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
