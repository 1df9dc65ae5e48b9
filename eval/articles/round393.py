"""Round 393: six invented wire-style articles (4 German, 2 English), written blind.

Stories:
- hm393-de-01: Panama: Comptroller Anel Flores sues at the Supreme Court to annul the Panama Ports Company concession for Balboa and Cristóbal; Mulino backs him but rules out nationalisation, PPC denies, Beijing accuses Washington and warns, the CK Hutchison-BlackRock sale, China's review and Trump's threats recalled (2025-07-30).
- hm393-de-02: Honduras: Attorney General Johel Zelaya investigates electoral councillor Cossette López and deputy Tomás Zambrano over leaked audios presented by Marlon Ochoa; López denies and accuses the government, the National Party demands Zelaya's resignation, Castro appeals, army chief Roosevelt Hernández's demand for tally sheets rejected by Ana Paola Hall, the OAS urges restraint (2025-10-31).
- hm393-de-03: Canada/Mexico: Canada reimposes visas on many Mexican travellers; Miller cites asylum claims, López Obrador criticises but rules out countermeasures, Bárcena phones Joly and both agree on labour pathways, Poilievre blames Trudeau, Legault welcomes the step (2024-03-01).
- hm393-de-04: Canada/United States: Carney pledges C$1.2 billion for the softwood lumber industry after the U.S. Commerce Department doubles anti-dumping duties; Carney condemns the duties, Eby welcomes the aid and demands more, United Steelworkers and the Conservatives criticise, Trump's "ripped off" claim, Ottawa denies subsidies (2025-08-06).
- hm393-en-01: United States: the House votes 427-1 and the Senate agrees to force release of the Epstein files after Trump drops his opposition; Trump promises to sign, Greene accuses Trump who withdrew his endorsement, Bondi's Clayton inquiry into Clinton at Trump's request, Schumer objects, Clinton's spokesman denies (2025-11-19).
- hm393-en-02: Dominican Republic/Haiti: Abinader orders 15 measures against irregular Haitian migration, troops sent to the border; Haiti's Foreign Ministry condemns and urges dignity, the UN rights office's earlier appeal rejected, 276,000 deportations, Antigua Orden Dominicana march and police blocking a counter-march, Jean's request for talks and Abinader's reply (2025-04-07).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm393-de-01 (Panama, port concession suit)
COMPTROLLER = actor("Comptroller General of Panama", "PAN", "GOV")
FLORES = actor("Anel Flores", "PAN", "GOV")
PAN_SUPREME = actor("Supreme Court of Panama", "PAN", "JUD")
PPC = actor("Panama Ports Company", "PAN", "BUS")
MULINO = actor("José Raúl Mulino", "PAN", "GOV")
CHN_FM = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
GUO = actor("Guo Jiakun", "CHN", "GOV")
PAN_GOV = actor("Government of Panama", "PAN", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
CKH = actor("CK Hutchison", "HKG", "BUS")
BLACKROCK = actor("BlackRock", "USA", "BUS")
MSC = actor("Mediterranean Shipping Company", "CHE", "BUS")
SAMR = actor("State Administration for Market Regulation", "CHN", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")

P1 = ("Panama-Stadt (dpa) - Panamas Rechnungshof hat vor dem Obersten Gerichtshof Klage gegen den Betreiber der beiden "
      "wichtigsten Häfen am Panamakanal eingereicht.")
P2 = ("Rechnungsprüfer Anel Flores beantragte am Dienstag, die Konzession der Panama Ports Company für die Terminals "
      "Balboa und Cristóbal für verfassungswidrig zu erklären.")
P3 = "Das Unternehmen gehört zum Hongkonger Mischkonzern CK Hutchison."
P4 = "„Der Staat ist über Jahre um Hunderte Millionen Dollar gebracht worden“, sagte Flores vor Journalisten."
P5 = ("Eine Prüfung seiner Behörde habe ergeben, dass die Firma dem Staat mehr als 1,2 Milliarden Dollar schulde, "
      "fügte er hinzu.")
P6 = "Die Panama Ports Company wies die Vorwürfe zurück."
P7 = ("Die 2021 verlängerte Konzession sei rechtmäßig, alle Zahlungen seien geleistet worden, hieß es in einer "
      "Mitteilung des Unternehmens.")
P8 = "Präsident José Raúl Mulino stellte sich hinter den Rechnungshof."
P9 = "Eine Verstaatlichung der Häfen schloss er jedoch aus."
P10 = ("„Die Häfen gehören Panama, und Panama entscheidet, wer sie betreibt“, sagte Mulino bei seiner wöchentlichen "
       "Pressekonferenz.")
P11 = ("Das chinesische Außenministerium warf den USA vor, Panama unter Druck zu setzen, um chinesische Unternehmen zu "
       "verdrängen.")
P12 = ("Peking werde die legitimen Rechte chinesischer Firmen „entschlossen verteidigen“, sagte Sprecher Guo "
       "Jiakun.")
P13 = ("CK Hutchison hatte im März angekündigt, seine Hafensparte samt den beiden Terminals in Panama für 22,8 "
       "Milliarden Dollar an ein Konsortium um den US-Vermögensverwalter Blackrock und die Reederei MSC zu "
       "verkaufen.")
P14 = "Chinas Marktaufsichtsbehörde prüft das Geschäft seither."
P15 = ("US-Präsident Donald Trump hatte wiederholt behauptet, China kontrolliere den Kanal, und mit dessen "
       "Rückübernahme gedroht.")
P16 = "Panama weist das zurück."

DE01 = {
    "id": "hm393-de-01", "lang": "de", "url": None, "published": "2025-07-30",
    "title": "Panamas Rechnungshof klagt gegen Hafenbetreiber am Kanal",
    "text": paragraphs([P1, P2, P3], [P4, P5, P6, P7], [P8, P9, P10], [P11, P12], [P13, P14, P15, P16]),
    "events": [
        event("ACCUSE", COMPTROLLER, PPC, P1, mode="allege", location="Panama City", location_country="PAN"),
        event("REQUEST", FLORES, PAN_SUPREME, P2, date="2025-07-29"),
        event("ACCUSE", FLORES, PPC, P4, mode="allege"),
        event("ACCUSE", FLORES, PPC, P5, mode="allege"),
        event("SUPPORT", MULINO, COMPTROLLER, P8),
        event("COERCE", MULINO, PPC, P9, mode="seize", negated=True),
        event("ACCUSE", CHN_FM, USA_GOV, P11, mode="allege"),
        event("THREATEN", GUO, PAN_GOV, P12),
        event("AGREE", CKH, BLACKROCK, P13),
        event("AGREE", CKH, MSC, P13),
        event("ACCUSE", SAMR, CKH, P14, mode="investigate"),
        event("ACCUSE", TRUMP, CHN_GOV, P15, mode="allege"),
        event("THREATEN", TRUMP, PAN_GOV, P15, mode="territory"),
    ],
    "quotes": [
        quote("Der Staat ist über Jahre um Hunderte Millionen Dollar gebracht worden", "Anel Flores", "direct"),
        quote("Eine Prüfung seiner Behörde habe ergeben, dass die Firma dem Staat mehr als 1,2 Milliarden Dollar "
              "schulde", "Anel Flores", "indirect"),
        quote("Die 2021 verlängerte Konzession sei rechtmäßig, alle Zahlungen seien geleistet worden",
              "Panama Ports Company", "indirect"),
        quote("Die Häfen gehören Panama, und Panama entscheidet, wer sie betreibt", "José Raúl Mulino", "direct"),
        quote("Panama unter Druck zu setzen, um chinesische Unternehmen zu verdrängen",
              "Ministry of Foreign Affairs of China", "indirect"),
        quote("Peking werde die legitimen Rechte chinesischer Firmen „entschlossen verteidigen“", "Guo Jiakun",
              "indirect"),
        quote("entschlossen verteidigen", "Guo Jiakun", "direct"),
        quote("China kontrolliere den Kanal", "Donald Trump", "indirect"),
    ],
    "entities": [
        entity("Panama City", "LOC", "PAN", ["Panama-Stadt"]),
        entity("Comptroller General of Panama", "ORG", "PAN", ["Panamas Rechnungshof", "seiner Behörde",
                                                               "den Rechnungshof"]),
        entity("Supreme Court of Panama", "ORG", "PAN", ["dem Obersten Gerichtshof"]),
        entity("Panama Ports Company", "ORG", "PAN",
               ["den Betreiber der beiden wichtigsten Häfen am Panamakanal", "der Panama Ports Company",
                "Das Unternehmen", "die Firma", "Die Panama Ports Company", "des Unternehmens"]),
        entity("Panama Canal", "LOC", "PAN", ["Panamakanal", "den Kanal"]),
        entity("Anel Flores", "PER", "PAN", ["Rechnungsprüfer Anel Flores", "Flores", "er"]),
        entity("Balboa", "LOC", "PAN", ["Balboa"]),
        entity("Cristóbal", "LOC", "PAN", ["Cristóbal"]),
        entity("CK Hutchison", "ORG", "HKG", ["Hongkonger Mischkonzern CK Hutchison", "CK Hutchison"]),
        entity("Panama", "LOC", "PAN", ["Panama", "in Panama"]),
        entity("Government of Panama", "ORG", "PAN", ["Panama"]),
        entity("José Raúl Mulino", "PER", "PAN", ["Präsident José Raúl Mulino", "er", "Mulino"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Das chinesische Außenministerium"]),
        entity("Government of the United States", "ORG", "USA", ["den USA"]),
        entity("Government of China", "ORG", "CHN", ["Peking", "China"]),
        entity("Guo Jiakun", "PER", "CHN", ["Sprecher Guo Jiakun"]),
        entity("BlackRock", "ORG", "USA", ["US-Vermögensverwalter Blackrock"]),
        entity("Mediterranean Shipping Company", "ORG", "CHE", ["die Reederei MSC"]),
        entity("State Administration for Market Regulation", "ORG", "CHN", ["Chinas Marktaufsichtsbehörde"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
    ],
}

# ---------------------------------------------------------------- hm393-de-02 (Honduras, election audios)
ZELAYA = actor("Johel Zelaya", "HND", "JUD")
COSSETTE = actor("Cossette López", "HND", "GOV")
ZAMBRANO = actor("Tomás Zambrano", "HND", "LEG")
OCHOA = actor("Marlon Ochoa", "HND", "GOV")
PN = actor("National Party of Honduras", "HND", "PTY")
HND_GOV = actor("Government of Honduras", "HND", "GOV")
CASTRO = actor("Xiomara Castro", "HND", "GOV")
HERNANDEZ = actor("Roosevelt Hernández", "HND", "MIL")
CNE = actor("National Electoral Council of Honduras", "HND", "GOV")
HALL = actor("Ana Paola Hall", "HND", "GOV")
OAS_MISSION = actor("Organization of American States electoral observation mission", "IGO", "IGO")

H1 = ("Tegucigalpa (dpa) - Gut einen Monat vor der Präsidentenwahl in Honduras hat Generalstaatsanwalt Johel Zelaya "
      "Ermittlungen gegen die Wahlrätin Cossette López und den Oppositionsabgeordneten Tomás Zambrano eingeleitet.")
H2 = "Grundlage sind Tonaufnahmen, die der Wahlrat Marlon Ochoa am Mittwoch veröffentlicht hatte."
H3 = ("Darin sollen López und Zambrano mit einem Militäroffizier darüber sprechen, die Übermittlung der vorläufigen "
      "Ergebnisse zu stören.")
H4 = ("Ochoa, der der linken Regierungspartei Libre angehört, warf der oppositionellen Nationalen Partei ein "
      "„Komplott gegen den Willen des Volkes“ vor.")
H5 = ("López, die für die Nationale Partei im dreiköpfigen Nationalen Wahlrat sitzt, bezeichnete die Aufnahmen als "
      "Fälschung mit künstlicher Intelligenz.")
H6 = "„Man will mich zum Schweigen bringen, weil ich die Manipulationen der Regierung anprangere“, sagte sie."
H7 = "Die Nationale Partei forderte den Rücktritt des Generalstaatsanwalts."
H8 = "Zelaya sei ein Werkzeug der Regierung von Präsidentin Xiomara Castro, erklärte die Parteiführung."
H9 = "Castro rief die Opposition auf, die Justiz ihre Arbeit machen zu lassen."
H10 = "Für zusätzliche Spannungen sorgte der Chef der Streitkräfte, Roosevelt Hernández."
H11 = ("Er verlangte vom Wahlrat Kopien der Wahlprotokolle, die das Militär am Wahltag zu den Auszählungszentren "
       "bringt.")
H12 = "Die Vorsitzende des Wahlrats, Ana Paola Hall, lehnte das ab."
H13 = "Die Streitkräfte hätten laut Verfassung lediglich eine logistische Aufgabe, sagte sie."
H14 = ("Die Wahlbeobachtermission der Organisation Amerikanischer Staaten (OAS) zeigte sich besorgt und rief alle "
       "Seiten zur Zurückhaltung auf.")
H15 = "Am 30. November wählen die Honduraner einen Nachfolger für Castro, die nicht erneut antreten darf."
H16 = ("Als aussichtsreich gelten Libre-Kandidatin Rixi Moncada, Nasry Asfura von der Nationalen Partei und der "
       "Liberale Salvador Nasralla.")

DE02 = {
    "id": "hm393-de-02", "lang": "de", "url": None, "published": "2025-10-31",
    "title": "Honduras: Ermittlungen wegen Tonaufnahmen vor Präsidentenwahl",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6], [H7, H8, H9], [H10, H11, H12, H13], [H14, H15, H16]),
    "events": [
        event("ACCUSE", ZELAYA, COSSETTE, H1, mode="investigate"),
        event("ACCUSE", ZELAYA, ZAMBRANO, H1, mode="investigate"),
        event("ACCUSE", OCHOA, PN, H4, mode="allege"),
        event("ACCUSE", COSSETTE, HND_GOV, H6, mode="allege"),
        event("REQUEST", PN, ZELAYA, H7, mode="change"),
        event("ACCUSE", PN, ZELAYA, H8, mode="disapprove"),
        event("REQUEST", CASTRO, PN, H9),
        event("REQUEST", HERNANDEZ, CNE, H11),
        event("REJECT", HALL, HERNANDEZ, H12),
        event("REQUEST", OAS_MISSION, None, H14),
    ],
    "quotes": [
        quote("Komplott gegen den Willen des Volkes", "Marlon Ochoa", "direct"),
        quote("Man will mich zum Schweigen bringen, weil ich die Manipulationen der Regierung anprangere",
              "Cossette López", "direct"),
        quote("Zelaya sei ein Werkzeug der Regierung von Präsidentin Xiomara Castro", "National Party of Honduras",
              "indirect"),
        quote("Die Streitkräfte hätten laut Verfassung lediglich eine logistische Aufgabe", "Ana Paola Hall",
              "indirect"),
    ],
    "entities": [
        entity("Tegucigalpa", "LOC", "HND", ["Tegucigalpa"]),
        entity("Honduras", "LOC", "HND", ["Honduras"]),
        entity("Johel Zelaya", "PER", "HND", ["Generalstaatsanwalt Johel Zelaya", "des Generalstaatsanwalts",
                                              "Zelaya"]),
        entity("Cossette López", "PER", "HND", ["die Wahlrätin Cossette López", "López", "sie"]),
        entity("Tomás Zambrano", "PER", "HND", ["den Oppositionsabgeordneten Tomás Zambrano", "Zambrano"]),
        entity("Marlon Ochoa", "PER", "HND", ["der Wahlrat Marlon Ochoa", "Ochoa"]),
        entity("Honduran military officer", "PER", "HND", ["einem Militäroffizier"]),
        entity("Libre", "ORG", "HND", ["der linken Regierungspartei Libre", "Libre"]),
        entity("National Party of Honduras", "ORG", "HND",
               ["der oppositionellen Nationalen Partei", "die Nationale Partei", "Die Nationale Partei",
                "die Parteiführung", "die Opposition", "der Nationalen Partei"]),
        entity("National Electoral Council of Honduras", "ORG", "HND",
               ["im dreiköpfigen Nationalen Wahlrat", "vom Wahlrat", "des Wahlrats"]),
        entity("Government of Honduras", "ORG", "HND", ["der Regierung",
                                                        "der Regierung von Präsidentin Xiomara Castro"]),
        entity("Xiomara Castro", "PER", "HND", ["Präsidentin Xiomara Castro", "Castro"]),
        entity("Judiciary of Honduras", "ORG", "HND", ["die Justiz"]),
        entity("Armed Forces of Honduras", "ORG", "HND", ["der Streitkräfte", "das Militär", "Die Streitkräfte"]),
        entity("Roosevelt Hernández", "PER", "HND", ["der Chef der Streitkräfte, Roosevelt Hernández", "Er"]),
        entity("Ana Paola Hall", "PER", "HND", ["Die Vorsitzende des Wahlrats, Ana Paola Hall", "sie"]),
        entity("Organization of American States electoral observation mission", "ORG", "IGO",
               ["Die Wahlbeobachtermission der Organisation Amerikanischer Staaten (OAS)"]),
        entity("Organization of American States", "ORG", "IGO", ["Organisation Amerikanischer Staaten", "OAS"]),
        entity("Honduran voters", "PER", "HND", ["die Honduraner"]),
        entity("Rixi Moncada", "PER", "HND", ["Libre-Kandidatin Rixi Moncada"]),
        entity("Nasry Asfura", "PER", "HND", ["Nasry Asfura"]),
        entity("Salvador Nasralla", "PER", "HND", ["der Liberale Salvador Nasralla"]),
    ],
}

# ---------------------------------------------------------------- hm393-de-03 (Canada/Mexico, visa requirement)
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
MEX_CITIZENS = actor("Mexican citizens", "MEX", "CVL")
MILLER = actor("Marc Miller", "CAN", "GOV")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
BARCENA = actor("Alicia Bárcena", "MEX", "GOV")
JOLY = actor("Mélanie Joly", "CAN", "GOV")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
LEGAULT = actor("François Legault", "CAN", "GOV")

C1 = "Ottawa (dpa) - Kanada verlangt von vielen mexikanischen Reisenden wieder ein Visum."
C2 = ("Die Regel gelte seit Donnerstag kurz vor Mitternacht (Ortszeit) für alle Mexikaner, die weder ein gültiges "
      "US-Visum noch in den vergangenen zehn Jahren ein kanadisches Visum besessen hätten, teilte "
      "Einwanderungsminister Marc Miller mit.")
C3 = "Grund sei die stark gestiegene Zahl von Asylanträgen mexikanischer Staatsbürger, sagte Miller in Ottawa."
C4 = ("Im vergangenen Jahr stammten nach Regierungsangaben rund 17 Prozent aller Asylanträge in Kanada von "
      "Mexikanern.")
C5 = "„Wir müssen die Integrität unseres Einwanderungssystems schützen“, sagte der Minister."
C6 = ("Der mexikanische Präsident Andrés Manuel López Obrador kritisierte den Schritt am Freitag bei seiner "
      "morgendlichen Pressekonferenz.")
C7 = "Mexiko werde aber keine Gegenmaßnahmen ergreifen, sagte er."
C8 = ("„Wir wollen keinen Streit mit Kanada, aber wir werden unsere Landsleute verteidigen“, fügte López Obrador "
      "hinzu.")
C9 = ("Die Regierung in Mexiko-Stadt bedauerte die Entscheidung und kündigte an, die Konsulate in Kanada zu "
      "verstärken.")
C10 = ("Nach Angaben des mexikanischen Außenministeriums telefonierte Ministerin Alicia Bárcena am Donnerstag mit "
       "ihrer kanadischen Kollegin Mélanie Joly.")
C11 = "Beide vereinbarten, legale Wege für mexikanische Arbeitskräfte nach Kanada auszubauen."
C12 = "Die Visumpflicht für Mexikaner war 2016 aufgehoben worden."
C13 = ("Oppositionsführer Pierre Poilievre warf Premierminister Justin Trudeau vor, mit der damaligen Aufhebung ein "
       "Chaos an den Flughäfen verursacht zu haben.")
C14 = ("Quebecs Regierungschef François Legault hatte seit Monaten eine Wiedereinführung verlangt, weil seine "
       "Provinz die meisten Asylbewerber aufnehme.")
C15 = "Legault nannte die Entscheidung „überfällig“."
C16 = "Kanada ist nach den USA das zweitwichtigste Reiseziel mexikanischer Urlauber."

DE03 = {
    "id": "hm393-de-03", "lang": "de", "url": None, "published": "2024-03-01",
    "title": "Kanada führt Visumpflicht für Mexikaner wieder ein",
    "text": paragraphs([C1, C2, C3], [C4, C5], [C6, C7, C8, C9], [C10, C11], [C12, C13, C14, C15, C16]),
    "events": [
        event("COERCE", CAN_GOV, MEX_CITIZENS, C1, mode="restrict"),
        event("COERCE", MILLER, MEX_CITIZENS, C2, mode="restrict", date="2024-02-29"),
        event("ACCUSE", AMLO, CAN_GOV, C6, mode="disapprove", date="2024-03-01"),
        event("SANCTION", AMLO, CAN_GOV, C7, negated=True),
        event("ACCUSE", MEX_GOV, CAN_GOV, C9, mode="disapprove"),
        event("CONSULT", BARCENA, JOLY, C10, mode="phone", date="2024-02-29"),
        event("AGREE", BARCENA, JOLY, C11),
        event("ACCUSE", POILIEVRE, TRUDEAU, C13, mode="disapprove"),
        event("REQUEST", LEGAULT, CAN_GOV, C14, mode="change"),
        event("SUPPORT", LEGAULT, CAN_GOV, C15),
    ],
    "quotes": [
        quote("Die Regel gelte seit Donnerstag kurz vor Mitternacht (Ortszeit) für alle Mexikaner, die weder ein "
              "gültiges US-Visum noch in den vergangenen zehn Jahren ein kanadisches Visum besessen hätten",
              "Marc Miller", "indirect"),
        quote("Grund sei die stark gestiegene Zahl von Asylanträgen mexikanischer Staatsbürger", "Marc Miller",
              "indirect"),
        quote("Im vergangenen Jahr stammten nach Regierungsangaben rund 17 Prozent aller Asylanträge in Kanada von "
              "Mexikanern", "Government of Canada", "indirect"),
        quote("Wir müssen die Integrität unseres Einwanderungssystems schützen", "Marc Miller", "direct"),
        quote("Mexiko werde aber keine Gegenmaßnahmen ergreifen", "Andrés Manuel López Obrador", "indirect"),
        quote("Wir wollen keinen Streit mit Kanada, aber wir werden unsere Landsleute verteidigen",
              "Andrés Manuel López Obrador", "direct"),
        quote("Nach Angaben des mexikanischen Außenministeriums telefonierte Ministerin Alicia Bárcena am Donnerstag "
              "mit ihrer kanadischen Kollegin Mélanie Joly", "Ministry of Foreign Affairs of Mexico", "indirect"),
        quote("mit der damaligen Aufhebung ein Chaos an den Flughäfen verursacht zu haben", "Pierre Poilievre",
              "indirect"),
        quote("weil seine Provinz die meisten Asylbewerber aufnehme", "François Legault", "indirect"),
        quote("überfällig", "François Legault", "direct"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Canada", "LOC", "CAN", ["in Kanada", "nach Kanada", "Kanada"]),
        entity("Government of Canada", "ORG", "CAN", ["Kanada"]),
        entity("Mexican citizens", "PER", "MEX",
               ["vielen mexikanischen Reisenden", "alle Mexikaner", "mexikanischer Staatsbürger", "Mexikanern",
                "unsere Landsleute", "Mexikaner", "mexikanische Arbeitskräfte", "mexikanischer Urlauber"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Marc Miller", "PER", "CAN", ["Einwanderungsminister Marc Miller", "Miller", "der Minister"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX",
               ["Der mexikanische Präsident Andrés Manuel López Obrador", "er", "López Obrador"]),
        entity("Government of Mexico", "ORG", "MEX", ["Mexiko", "Die Regierung in Mexiko-Stadt"]),
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Mexican consulates in Canada", "ORG", "MEX", ["die Konsulate in Kanada"]),
        entity("Ministry of Foreign Affairs of Mexico", "ORG", "MEX", ["des mexikanischen Außenministeriums"]),
        entity("Alicia Bárcena", "PER", "MEX", ["Ministerin Alicia Bárcena"]),
        entity("Mélanie Joly", "PER", "CAN", ["ihrer kanadischen Kollegin Mélanie Joly"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Oppositionsführer Pierre Poilievre"]),
        entity("Justin Trudeau", "PER", "CAN", ["Premierminister Justin Trudeau"]),
        entity("François Legault", "PER", "CAN", ["Quebecs Regierungschef François Legault", "Legault"]),
        entity("Quebec", "LOC", "CAN", ["Quebecs", "seine Provinz"]),
    ],
}

# ---------------------------------------------------------------- hm393-de-04 (Canada/US, softwood lumber)
CAN_LUMBER = actor("Canadian lumber industry", "CAN", "BUS")
CARNEY = actor("Mark Carney", "CAN", "GOV")
US_COMMERCE = actor("United States Department of Commerce", "USA", "GOV")
EBY = actor("David Eby", "CAN", "GOV")
USW = actor("United Steelworkers", "CAN", "LAB")
CPC = actor("Conservative Party of Canada", "CAN", "PTY")

L1 = ("Ottawa (dpa) - Kanadas Regierung stützt die heimische Holzindustrie mit umgerechnet rund 750 Millionen Euro "
      "gegen die hohen Zölle der USA.")
L2 = ("Premierminister Mark Carney sagte am Dienstag Kredite, Förderprogramme und Umschulungshilfen im Umfang von "
      "1,2 Milliarden kanadischen Dollar für Sägewerke und ihre Beschäftigten zu.")
L3 = "Die Branche leidet unter Antidumping- und Ausgleichszöllen, die sich seit Ende Juli auf rund 35 Prozent summieren."
L4 = ("Das US-Handelsministerium hatte den Antidumpingzoll auf kanadisches Nadelschnittholz zuvor mehr als "
      "verdoppelt.")
L5 = "„Das ist ein Angriff auf eine Branche, die seit Generationen Gemeinden im ganzen Land trägt“, sagte Carney."
L6 = ("Die Zölle seien ungerechtfertigt, Kanada werde sie vor Handelsgerichten und Schiedsstellen anfechten, fügte "
      "er hinzu.")
L7 = "Der Regierungschef der Provinz British Columbia, David Eby, begrüßte die Hilfen."
L8 = "Sie reichten aber nicht aus, solange Washington an den Zöllen festhalte, sagte Eby."
L9 = "Er forderte Carney auf, Nadelholz zum Kern der laufenden Handelsgespräche mit den USA zu machen."
L10 = ("In British Columbia haben in den vergangenen Monaten mehrere Sägewerke geschlossen, Hunderte Arbeiter "
       "verloren ihre Stelle.")
L11 = ("Die Gewerkschaft United Steelworkers, die viele Forstarbeiter vertritt, warf der Regierung vor, viel zu spät "
       "gehandelt zu haben.")
L12 = ("Die konservative Opposition verlangte ein Treffen Carneys mit US-Präsident Donald Trump, um über die "
       "Holzzölle zu verhandeln.")
L13 = "Trump hatte zuletzt erklärt, Kanada habe die USA beim Holz jahrzehntelang „abgezockt“."
L14 = "Der Streit um Nadelschnittholz schwelt seit mehr als vier Jahrzehnten."
L15 = ("Kern des Konflikts sind die niedrigen Gebühren, die kanadische Provinzen für das Fällen von Bäumen auf "
       "staatlichem Land verlangen.")
L16 = "Ottawa bestreitet, dass es sich dabei um Subventionen handelt."

DE04 = {
    "id": "hm393-de-04", "lang": "de", "url": None, "published": "2025-08-06",
    "title": "Kanada hilft Holzindustrie gegen US-Zölle",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6], [L7, L8, L9, L10], [L11, L12, L13], [L14, L15, L16]),
    "events": [
        event("AID", CAN_GOV, CAN_LUMBER, L1),
        event("AGREE", CARNEY, CAN_LUMBER, L2, date="2025-08-05"),
        event("SANCTION", US_COMMERCE, CAN_LUMBER, L4, mode="discontinue"),
        event("ACCUSE", CARNEY, USA_GOV, L5, mode="disapprove"),
        event("ACCUSE", CARNEY, USA_GOV, L6, mode="disapprove"),
        event("SUPPORT", EBY, CARNEY, L7),
        event("REQUEST", EBY, CARNEY, L9),
        event("ACCUSE", USW, CAN_GOV, L11, mode="disapprove"),
        event("REQUEST", CPC, CARNEY, L12, mode="meet"),
        event("ACCUSE", TRUMP, CAN_GOV, L13, mode="allege"),
    ],
    "quotes": [
        quote("Das ist ein Angriff auf eine Branche, die seit Generationen Gemeinden im ganzen Land trägt",
              "Mark Carney", "direct"),
        quote("Die Zölle seien ungerechtfertigt, Kanada werde sie vor Handelsgerichten und Schiedsstellen anfechten",
              "Mark Carney", "indirect"),
        quote("Sie reichten aber nicht aus, solange Washington an den Zöllen festhalte", "David Eby", "indirect"),
        quote("viel zu spät gehandelt zu haben", "United Steelworkers", "indirect"),
        quote("Kanada habe die USA beim Holz jahrzehntelang „abgezockt“", "Donald Trump", "indirect"),
        quote("abgezockt", "Donald Trump", "direct"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Government of Canada", "ORG", "CAN", ["Kanadas Regierung", "der Regierung", "Kanada", "Ottawa"]),
        entity("Canada", "LOC", "CAN", ["im ganzen Land"]),
        entity("Canadian lumber industry", "ORG", "CAN",
               ["die heimische Holzindustrie", "Sägewerke", "Die Branche", "eine Branche", "mehrere Sägewerke"]),
        entity("United States", "LOC", "USA", ["der USA", "den USA", "die USA"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Mark Carney", "PER", "CAN", ["Premierminister Mark Carney", "Carney", "er", "Carneys"]),
        entity("Canadian sawmill workers", "PER", "CAN", ["ihre Beschäftigten", "Hunderte Arbeiter"]),
        entity("United States Department of Commerce", "ORG", "USA", ["Das US-Handelsministerium"]),
        entity("David Eby", "PER", "CAN", ["Der Regierungschef der Provinz British Columbia, David Eby", "Eby",
                                           "Er"]),
        entity("British Columbia", "LOC", "CAN", ["Provinz British Columbia", "British Columbia"]),
        entity("United Steelworkers", "ORG", "CAN", ["Die Gewerkschaft United Steelworkers"]),
        entity("Canadian forestry workers", "PER", "CAN", ["viele Forstarbeiter"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["Die konservative Opposition"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump"]),
        entity("Canadian provinces", "ORG", "CAN", ["kanadische Provinzen"]),
    ],
}

# ---------------------------------------------------------------- hm393-en-01 (United States, Epstein files)
US_HOUSE = actor("United States House of Representatives", "USA", "LEG")
US_SENATE = actor("United States Senate", "USA", "LEG")
US_CONGRESS = actor("United States Congress", "USA", "LEG")
US_DOJ = actor("United States Department of Justice", "USA", "GOV")
DEMOCRATS = actor("Democratic Party (United States)", "USA", "PTY")
GREENE = actor("Marjorie Taylor Greene", "USA", "LEG")
BONDI = actor("Pam Bondi", "USA", "GOV")
CLINTON = actor("Bill Clinton", "USA", "OPP")
PROM_DEMOCRATS = actor("prominent Democrats", "USA", "PTY")
SCHUMER = actor("Chuck Schumer", "USA", "LEG")

E1 = ("WASHINGTON (AP) — The House voted almost unanimously on Tuesday to force the Justice Department to release "
      "its files on the late sex offender Jeffrey Epstein, days after President Donald Trump dropped his "
      "months-long opposition to the measure.")
E2 = "The bill passed 427-1, with only Republican Rep. Clay Higgins of Louisiana voting against it."
E3 = "Hours later, the Senate approved it by unanimous consent and sent it to the president’s desk."
E4 = ("The legislation gives Attorney General Pam Bondi 30 days to publish all unclassified records related to "
      "Epstein.")
E5 = "Trump told reporters at the White House on Monday that he would sign it."
E6 = "“We have nothing to hide, and it’s time to move on from this Democrat hoax,” he said."
E7 = ("Rep. Thomas Massie, the Kentucky Republican who forced the vote with Democratic Rep. Ro Khanna of "
      "California, said survivors of Epstein’s abuse had waited long enough.")
E8 = "Several women who say Epstein abused them watched the vote from the House gallery."
E9 = ("Rep. Marjorie Taylor Greene of Georgia, who also signed the petition, accused Trump of trying to bury the "
      "files for months.")
E10 = ("Trump withdrew his endorsement of Greene last week and called her “Marjorie ‘Traitor’ Greene” on social "
       "media.")
E11 = ("At Trump’s request, Bondi on Friday assigned Jay Clayton, the U.S. attorney in Manhattan, to investigate "
       "Epstein’s ties to former President Bill Clinton and other prominent Democrats.")
E12 = "Senate Democratic leader Chuck Schumer called the inquiry “a diversion” meant to protect the president."
E13 = ("A spokesman for Clinton has said the former president cut ties with Epstein two decades ago and knew "
       "nothing of his crimes.")
E14 = "Epstein killed himself in a New York jail cell in 2019 while awaiting trial on sex trafficking charges."
E15 = ("The Justice Department said in July that it had found no “client list” and would not release any further "
       "files, a decision that angered many of Trump’s supporters.")

EN01 = {
    "id": "hm393-en-01", "lang": "en", "url": None, "published": "2025-11-19",
    "title": "House votes 427-1 to force release of Epstein files after Trump reverses course",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6], [E7, E8, E9, E10], [E11, E12, E13], [E14, E15]),
    "events": [
        event("REQUEST", US_HOUSE, US_DOJ, E1, date="2025-11-18", location="Washington", location_country="USA"),
        event("CONCEDE", TRUMP, US_HOUSE, E1),
        event("REQUEST", US_HOUSE, US_DOJ, E2),
        event("REQUEST", US_SENATE, US_DOJ, E3, date="2025-11-18"),
        event("AGREE", TRUMP, US_CONGRESS, E5, date="2025-11-17", location="White House", location_country="USA"),
        event("ACCUSE", TRUMP, DEMOCRATS, E6, mode="disapprove"),
        event("ACCUSE", GREENE, TRUMP, E9, mode="allege"),
        event("SANCTION", TRUMP, GREENE, E10, mode="withdraw"),
        event("ACCUSE", TRUMP, GREENE, E10, mode="disapprove"),
        event("REQUEST", TRUMP, BONDI, E11),
        event("ACCUSE", BONDI, CLINTON, E11, mode="investigate", date="2025-11-14"),
        event("ACCUSE", BONDI, PROM_DEMOCRATS, E11, mode="investigate", date="2025-11-14"),
        event("ACCUSE", SCHUMER, BONDI, E12, mode="disapprove"),
        event("REJECT", US_DOJ, None, E15),
    ],
    "quotes": [
        quote("he would sign it", "Donald Trump", "indirect"),
        quote("We have nothing to hide, and it’s time to move on from this Democrat hoax", "Donald Trump", "direct"),
        quote("survivors of Epstein’s abuse had waited long enough", "Thomas Massie", "indirect"),
        quote("Epstein abused them", "Epstein survivors", "indirect"),
        quote("trying to bury the files for months", "Marjorie Taylor Greene", "indirect"),
        quote("Marjorie ‘Traitor’ Greene", "Donald Trump", "direct"),
        quote("a diversion", "Chuck Schumer", "direct"),
        quote("the former president cut ties with Epstein two decades ago and knew nothing of his crimes",
              "spokesman for Bill Clinton", "indirect"),
        quote("it had found no “client list” and would not release any further files",
              "United States Department of Justice", "indirect"),
        quote("client list", "United States Department of Justice", "direct"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
        entity("United States House of Representatives", "ORG", "USA", ["The House", "House"]),
        entity("United States Department of Justice", "ORG", "USA", ["the Justice Department",
                                                                     "The Justice Department"]),
        entity("Jeffrey Epstein", "PER", "USA", ["the late sex offender Jeffrey Epstein", "Epstein", "Epstein’s",
                                                 "his", "himself"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump", "the president’s", "he",
                                              "Trump’s", "the president"]),
        entity("Clay Higgins", "PER", "USA", ["Republican Rep. Clay Higgins of Louisiana"]),
        entity("Louisiana", "LOC", "USA", ["Louisiana"]),
        entity("United States Senate", "ORG", "USA", ["the Senate"]),
        entity("Pam Bondi", "PER", "USA", ["Attorney General Pam Bondi", "Bondi"]),
        entity("White House", "LOC", "USA", ["the White House"]),
        entity("Democratic Party (United States)", "ORG", "USA", ["Democrat"]),
        entity("Thomas Massie", "PER", "USA", ["Rep. Thomas Massie", "the Kentucky Republican"]),
        entity("Ro Khanna", "PER", "USA", ["Democratic Rep. Ro Khanna of California"]),
        entity("Kentucky", "LOC", "USA", ["Kentucky"]),
        entity("California", "LOC", "USA", ["California"]),
        entity("Epstein survivors", "PER", "USA", ["survivors of Epstein’s abuse",
                                                   "Several women who say Epstein abused them", "them"]),
        entity("Marjorie Taylor Greene", "PER", "USA", ["Rep. Marjorie Taylor Greene of Georgia", "Greene", "her",
                                                        "Marjorie ‘Traitor’ Greene"]),
        entity("Georgia", "LOC", "USA", ["Georgia"]),
        entity("Jay Clayton", "PER", "USA", ["Jay Clayton, the U.S. attorney in Manhattan"]),
        entity("Manhattan", "LOC", "USA", ["Manhattan"]),
        entity("Bill Clinton", "PER", "USA", ["former President Bill Clinton", "Clinton", "the former president"]),
        entity("prominent Democrats", "PER", "USA", ["other prominent Democrats"]),
        entity("Chuck Schumer", "PER", "USA", ["Senate Democratic leader Chuck Schumer"]),
        entity("spokesman for Bill Clinton", "PER", "USA", ["A spokesman for Clinton"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Trump supporters", "PER", "USA", ["many of Trump’s supporters"]),
    ],
}

# ---------------------------------------------------------------- hm393-en-02 (Dominican Republic/Haiti, migration)
ABINADER = actor("Luis Abinader", "DOM", "GOV")
HAITIAN_MIGRANTS = actor("Haitian migrants", "HTI", "CVL")
DOM_ARMY = actor("Armed Forces of the Dominican Republic", "DOM", "MIL")
HTI_FM = actor("Ministry of Foreign Affairs of Haiti", "HTI", "GOV")
DOM_GOV = actor("Government of the Dominican Republic", "DOM", "GOV")
OHCHR = actor("Office of the UN High Commissioner for Human Rights", "UNO", "IGO")
DGM = actor("General Directorate of Migration (Dominican Republic)", "DOM", "GOV")
AOD = actor("Antigua Orden Dominicana", "DOM", "CVL")
DOM_POLICE = actor("National Police of the Dominican Republic", "DOM", "COP")
DOM_ACTIVISTS = actor("Dominican human rights activists", "DOM", "NGO")
JEAN = actor("Fritz Alphonse Jean", "HTI", "GOV")

D1 = ("SANTO DOMINGO, Dominican Republic (AP) — Dominican President Luis Abinader on Sunday ordered 15 new measures "
      "against irregular migration from neighboring Haiti, including identity checks at public hospitals and a "
      "longer border wall.")
D2 = ("Hospitals will have to ask foreign patients for an identity document, a work permit and proof of residence, "
      "and those without papers will be deported after treatment, Abinader said in a televised address.")
D3 = ("Defense Minister Carlos Antonio Fernández Onofre said 1,500 additional soldiers had been sent to the "
      "392-kilometer (244-mile) border.")
D4 = ("“We are a country of solidarity, but we cannot carry a burden that belongs to the whole international "
      "community,” Abinader said.")
D5 = ("Haiti’s Foreign Ministry condemned the measures as discriminatory and said it would raise the matter at the "
      "Organization of American States.")
D6 = ("In a statement, the ministry urged Santo Domingo to treat Haitian migrants “with dignity and respect for "
      "their fundamental rights.”")
D7 = ("The U.N. human rights office had urged the Dominican Republic in October to stop deporting Haitians, citing "
      "the gang violence in their home country.")
D8 = "Abinader rejected the appeal at the time, saying his government was enforcing the law."
D9 = ("Dominican authorities deported more than 276,000 Haitians last year, according to the General Directorate "
      "of Migration.")
D10 = ("On Saturday, hundreds of members of the nationalist group Antigua Orden Dominicana marched in Santo Domingo "
       "to demand mass deportations.")
D11 = "Police blocked a smaller counter-march by human rights activists from reaching the same square."
D12 = ("Fritz Alphonse Jean, who heads Haiti’s Transitional Presidential Council, had asked last week for a meeting "
       "with Abinader to discuss the treatment of migrants.")
D13 = "Abinader said Sunday he was willing to meet Jean but would not change course."
D14 = ("More than 1,500 people were killed in gang violence in Haiti in the first three months of the year, "
       "according to the United Nations.")
D15 = ("The Dominican Republic shares the island of Hispaniola with Haiti and has long been the main destination "
       "for Haitians fleeing poverty and violence.")

EN02 = {
    "id": "hm393-en-02", "lang": "en", "url": None, "published": "2025-04-07",
    "title": "Dominican Republic tightens measures against Haitian migrants, drawing Haiti's condemnation",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11], [D12, D13], [D14, D15]),
    "events": [
        event("COERCE", ABINADER, HAITIAN_MIGRANTS, D1, mode="restrict", date="2025-04-06",
              location="Santo Domingo", location_country="DOM"),
        event("MOBILIZE", DOM_ARMY, None, D3, mode="troops", location_country="DOM"),
        event("ACCUSE", HTI_FM, DOM_GOV, D5, mode="disapprove"),
        event("REQUEST", HTI_FM, DOM_GOV, D6),
        event("REQUEST", OHCHR, DOM_GOV, D7, mode="change"),
        event("REJECT", ABINADER, OHCHR, D8, mode="change"),
        event("COERCE", DGM, HAITIAN_MIGRANTS, D9, mode="deport"),
        event("PROTEST", AOD, DOM_GOV, D10, mode="demo", date="2025-04-05", location="Santo Domingo",
              location_country="DOM"),
        event("COERCE", DOM_POLICE, DOM_ACTIVISTS, D11, mode="restrict", date="2025-04-05",
              location="Santo Domingo", location_country="DOM"),
        event("PROTEST", DOM_ACTIVISTS, AOD, D11, mode="demo", date="2025-04-05", location="Santo Domingo",
              location_country="DOM"),
        event("REQUEST", JEAN, ABINADER, D12, mode="meet"),
        event("AGREE", ABINADER, JEAN, D13, mode="meet", date="2025-04-06"),
        event("REJECT", ABINADER, JEAN, D13, mode="change", date="2025-04-06"),
    ],
    "quotes": [
        quote("Hospitals will have to ask foreign patients for an identity document, a work permit and proof of "
              "residence, and those without papers will be deported after treatment", "Luis Abinader", "indirect"),
        quote("1,500 additional soldiers had been sent to the 392-kilometer (244-mile) border",
              "Carlos Antonio Fernández Onofre", "indirect"),
        quote("We are a country of solidarity, but we cannot carry a burden that belongs to the whole international "
              "community", "Luis Abinader", "direct"),
        quote("it would raise the matter at the Organization of American States",
              "Ministry of Foreign Affairs of Haiti", "indirect"),
        quote("with dignity and respect for their fundamental rights", "Ministry of Foreign Affairs of Haiti",
              "direct"),
        quote("his government was enforcing the law", "Luis Abinader", "indirect"),
        quote("Dominican authorities deported more than 276,000 Haitians last year",
              "General Directorate of Migration (Dominican Republic)", "indirect"),
        quote("he was willing to meet Jean but would not change course", "Luis Abinader", "indirect"),
        quote("More than 1,500 people were killed in gang violence in Haiti in the first three months of the year",
              "United Nations", "indirect"),
    ],
    "entities": [
        entity("Santo Domingo", "LOC", "DOM", ["SANTO DOMINGO", "Santo Domingo"]),
        entity("Dominican Republic", "LOC", "DOM", ["Dominican Republic"]),
        entity("Government of the Dominican Republic", "ORG", "DOM", ["Santo Domingo", "the Dominican Republic",
                                                                      "his government"]),
        entity("Luis Abinader", "PER", "DOM", ["Dominican President Luis Abinader", "Abinader", "his", "he"]),
        entity("Haiti", "LOC", "HTI", ["neighboring Haiti", "Haiti", "their home country"]),
        entity("Haitian migrants", "PER", "HTI", ["foreign patients", "those without papers", "Haitian migrants",
                                                  "Haitians", "migrants"]),
        entity("Carlos Antonio Fernández Onofre", "PER", "DOM",
               ["Defense Minister Carlos Antonio Fernández Onofre"]),
        entity("Armed Forces of the Dominican Republic", "ORG", "DOM", ["1,500 additional soldiers"]),
        entity("Ministry of Foreign Affairs of Haiti", "ORG", "HTI", ["Haiti’s Foreign Ministry", "the ministry",
                                                                      "it"]),
        entity("Organization of American States", "ORG", "IGO", ["Organization of American States"]),
        entity("Office of the UN High Commissioner for Human Rights", "ORG", "UNO", ["The U.N. human rights office"]),
        entity("General Directorate of Migration (Dominican Republic)", "ORG", "DOM",
               ["the General Directorate of Migration", "Dominican authorities"]),
        entity("Antigua Orden Dominicana", "ORG", "DOM",
               ["hundreds of members of the nationalist group Antigua Orden Dominicana"]),
        entity("National Police of the Dominican Republic", "ORG", "DOM", ["Police"]),
        entity("Dominican human rights activists", "PER", "DOM", ["human rights activists"]),
        entity("Fritz Alphonse Jean", "PER", "HTI", ["Fritz Alphonse Jean", "Jean"]),
        entity("Transitional Presidential Council", "ORG", "HTI", ["Haiti’s Transitional Presidential Council"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations"]),
        entity("Hispaniola", "LOC", None, ["the island of Hispaniola"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
