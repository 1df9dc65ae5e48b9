"""Round 342: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm342-de-01: Bolivia: Evo Morales' supporters set off from Caracollo on a march to La Paz and clash with Arce supporters in Vila Vila; police tear gas, Morales and del Castillo trade accusations, Arce offers dialogue, the ombudsman appeals (2024-09-18).
- hm342-de-02: Brazil: the Federal Police arrest four military men and a police officer, among them General Mário Fernandes, over a plan to kill Lula, Alckmin and Moraes; Lewandowski condemns, Hoffmann demands Bolsonaro's arrest, the army pledges cooperation (2024-11-19).
- hm342-de-03: Ecuador: Daniel Noboa leads a march on the Constitutional Court in Quito after it suspended parts of his security laws; the court rebuffs him and turns to the IACHR, Luisa González objects, no arrests (2025-08-12).
- hm342-de-04: Colombia: villagers in El Retorno (Guaviare) hold 34 soldiers; Sánchez blames Iván Mordisco's dissidents, Petro demands their release, ombudswoman Iris Marín mediates, prosecutors investigate, four soldiers freed (2025-08-25).
- hm342-en-01: Venezuela/Paraguay: Caracas breaks off relations with Paraguay and orders its diplomats out after Santiago Peña backs Edmundo González; González meets Milei, Lacalle Pou and Biden, higher bounty, Machado calls protests (2025-01-07).
- hm342-en-02: Brazil/United States: Brazilians deported from the U.S. arrive handcuffed in Manaus; Lewandowski orders the cuffs removed, Lula sends an air force plane, Itamaraty protests and summons the U.S. diplomat, Eduardo Bolsonaro objects (2025-01-26).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm342-de-01 (Bolivia, Morales march, Vila Vila)
MORALES = actor("Evo Morales", "BOL", "OPP")
MORALES_SUP = actor("supporters of Evo Morales", "BOL", "CVL")
ARCE_SUP = actor("supporters of Luis Arce", "BOL", "CVL")
ARCE = actor("Luis Arce", "BOL", "GOV")
BOL_GOV = actor("Government of Bolivia", "BOL", "GOV")
BOL_POLICE = actor("Bolivian Police", "BOL", "COP")
DEL_CASTILLO = actor("Eduardo del Castillo", "BOL", "GOV")
CALLISAYA = actor("Pedro Callisaya", "BOL", "GOV")
BOL_PROSECUTORS = actor("Public Prosecutor's Office of Bolivia", "BOL", "JUD")

B1 = ("La Paz (dpa) - Bei einem Protestmarsch von Anhängern des früheren bolivianischen Präsidenten Evo Morales ist es "
      "zu schweren Zusammenstößen mit Unterstützern von Staatschef Luis Arce gekommen.")
B2 = ("Tausende Morales-Anhänger waren am Dienstag in der Kleinstadt Caracollo im Departamento Oruro zu einem rund 190 "
      "Kilometer langen Fußmarsch nach La Paz aufgebrochen, um gegen die Regierung zu protestieren.")
B3 = ("Wenige Stunden später gingen die beiden Lager in der Ortschaft Vila Vila mit Steinen, Stöcken und Knallkörpern "
      "aufeinander los.")
B4 = "Nach Angaben des Gesundheitsministeriums wurden mindestens 23 Menschen verletzt, zwei von ihnen schwer."
B5 = "Die Polizei trennte die Gruppen mit Tränengas."
B6 = "Festnahmen gab es nach Polizeiangaben zunächst nicht."
B7 = "Morales warf der Regierung vor, bezahlte Schlägertrupps auf die Demonstranten gehetzt zu haben."
B8 = ("„Arce will unseren Marsch mit Gewalt stoppen, aber das Volk lässt sich nicht einschüchtern“, sagte der "
      "64-Jährige vor Anhängern in Caracollo.")
B9 = ("Der Ex-Präsident verlangt unter anderem die Entlassung mehrerer Minister und eine Kurskorrektur in der "
      "Wirtschaftspolitik.")
B10 = ("Morales und Arce, einst enge Verbündete, ringen seit Monaten um die Kontrolle der Regierungspartei Movimiento "
       "al Socialismo (MAS).")
B11 = ("Innenminister Eduardo del Castillo warf Morales vor, mit dem Marsch die gewählte Regierung stürzen zu "
       "wollen.")
B12 = ("„Das ist kein Marsch für Bolivien, das ist ein Marsch für die Straflosigkeit eines einzigen Mannes“, sagte "
       "del Castillo in La Paz.")
B13 = "Präsident Arce rief beide Seiten zur Ruhe auf und bot Morales einen Dialog an."
B14 = ("Er werde aber nicht zulassen, dass die Demokratie „durch Blockaden und Gewalt erpresst“ werde, schrieb der "
       "Staatschef auf der Plattform X.")
B15 = "Ombudsmann Pedro Callisaya forderte die Regierung und die Marschierer auf, die Gewalt sofort zu beenden."
B16 = "Die Staatsanwaltschaft leitete Ermittlungen wegen der Ausschreitungen in Vila Vila ein."
B17 = "Die Marschierer wollen am kommenden Montag La Paz erreichen und dort eine Großkundgebung abhalten."

DE01 = {
    "id": "hm342-de-01", "lang": "de", "url": None, "published": "2024-09-18",
    "title": "Verletzte bei Zusammenstößen während Morales-Marsch in Bolivien",
    "text": paragraphs([B1, B2, B3, B4, B5, B6], [B7, B8, B9, B10], [B11, B12, B13, B14], [B15, B16, B17]),
    "events": [
        event("ASSAULT", MORALES_SUP, ARCE_SUP, B1),
        event("ASSAULT", ARCE_SUP, MORALES_SUP, B1),
        event("PROTEST", MORALES_SUP, BOL_GOV, B2, mode="demo", date="2024-09-17", location="Caracollo",
              location_country="BOL"),
        event("ASSAULT", MORALES_SUP, ARCE_SUP, B3, mode="primitive", date="2024-09-17", location="Vila Vila",
              location_country="BOL"),
        event("ASSAULT", ARCE_SUP, MORALES_SUP, B3, mode="primitive", date="2024-09-17", location="Vila Vila",
              location_country="BOL"),
        event("ASSAULT", BOL_POLICE, MORALES_SUP, B5, mode="crowd-control"),
        event("ASSAULT", BOL_POLICE, ARCE_SUP, B5, mode="crowd-control"),
        event("COERCE", BOL_POLICE, None, B6, mode="arrest", negated=True),
        event("ACCUSE", MORALES, BOL_GOV, B7, mode="allege"),
        event("ACCUSE", MORALES, ARCE, B8, mode="allege", location="Caracollo", location_country="BOL"),
        event("REQUEST", MORALES, BOL_GOV, B9, mode="change"),
        event("ACCUSE", DEL_CASTILLO, MORALES, B11, mode="allege"),
        event("ACCUSE", DEL_CASTILLO, MORALES, B12, mode="disapprove", location="La Paz", location_country="BOL"),
        event("REQUEST", ARCE, MORALES_SUP, B13),
        event("REQUEST", ARCE, ARCE_SUP, B13),
        event("AGREE", ARCE, MORALES, B13),
        event("REQUEST", CALLISAYA, BOL_GOV, B15),
        event("REQUEST", CALLISAYA, MORALES_SUP, B15),
        event("ACCUSE", BOL_PROSECUTORS, None, B16, mode="investigate", location="Vila Vila", location_country="BOL"),
    ],
    "quotes": [
        quote("Nach Angaben des Gesundheitsministeriums wurden mindestens 23 Menschen verletzt, zwei von ihnen schwer",
              "Ministry of Health of Bolivia", "indirect"),
        quote("Festnahmen gab es nach Polizeiangaben zunächst nicht", "Bolivian Police", "indirect"),
        quote("bezahlte Schlägertrupps auf die Demonstranten gehetzt zu haben", "Evo Morales", "indirect"),
        quote("Arce will unseren Marsch mit Gewalt stoppen, aber das Volk lässt sich nicht einschüchtern", "Evo Morales",
              "direct"),
        quote("mit dem Marsch die gewählte Regierung stürzen zu wollen", "Eduardo del Castillo", "indirect"),
        quote("Das ist kein Marsch für Bolivien, das ist ein Marsch für die Straflosigkeit eines einzigen Mannes",
              "Eduardo del Castillo", "direct"),
        quote("Er werde aber nicht zulassen, dass die Demokratie „durch Blockaden und Gewalt erpresst“ werde",
              "Luis Arce", "indirect"),
        quote("durch Blockaden und Gewalt erpresst", "Luis Arce", "direct"),
    ],
    "entities": [
        entity("La Paz", "LOC", "BOL", ["La Paz"]),
        entity("Bolivia", "LOC", "BOL", ["Bolivien"]),
        entity("Evo Morales", "PER", "BOL", ["des früheren bolivianischen Präsidenten Evo Morales", "Morales",
                                             "der 64-Jährige", "Der Ex-Präsident"]),
        entity("supporters of Evo Morales", "PER", "BOL", ["Anhängern des früheren bolivianischen Präsidenten Evo "
                                                           "Morales", "Tausende Morales-Anhänger", "die Demonstranten",
                                                           "Anhängern in Caracollo", "die Marschierer",
                                                           "Die Marschierer"]),
        entity("Luis Arce", "PER", "BOL", ["Staatschef Luis Arce", "Arce", "Präsident Arce", "der Staatschef",
                                           "Staatschef"]),
        entity("supporters of Luis Arce", "PER", "BOL", ["Unterstützern von Staatschef Luis Arce"]),
        entity("Caracollo", "LOC", "BOL", ["der Kleinstadt Caracollo", "Caracollo"]),
        entity("Oruro Department", "LOC", "BOL", ["Departamento Oruro"]),
        entity("Vila Vila", "LOC", "BOL", ["der Ortschaft Vila Vila", "Vila Vila"]),
        entity("Government of Bolivia", "ORG", "BOL", ["die Regierung", "der Regierung", "die gewählte Regierung"]),
        entity("Ministry of Health of Bolivia", "ORG", "BOL", ["des Gesundheitsministeriums"]),
        entity("Bolivian Police", "ORG", "BOL", ["Die Polizei"]),
        entity("Movimiento al Socialismo", "ORG", "BOL", ["der Regierungspartei Movimiento al Socialismo", "MAS"]),
        entity("Eduardo del Castillo", "PER", "BOL", ["Innenminister Eduardo del Castillo", "del Castillo"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Pedro Callisaya", "PER", "BOL", ["Ombudsmann Pedro Callisaya"]),
        entity("Public Prosecutor's Office of Bolivia", "ORG", "BOL", ["Die Staatsanwaltschaft"]),
    ],
}

# ---------------------------------------------------------------- hm342-de-02 (Brazil, plot to kill Lula)
BRA_PF = actor("Federal Police of Brazil", "BRA", "COP")
PLOT_SUSPECTS = actor("suspects in the plot to kill Lula, Alckmin and Moraes", "BRA", "MIL")
MARIO_FERNANDES = actor("Mário Fernandes", "BRA", "MIL")
MORAES = actor("Alexandre de Moraes", "BRA", "JUD")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")
LEWANDOWSKI = actor("Ricardo Lewandowski", "BRA", "GOV")
HOFFMANN = actor("Gleisi Hoffmann", "BRA", "PTY")
BRA_ARMY = actor("Brazilian Army", "BRA", "MIL")

C1 = ("Brasília (dpa) - Die brasilianische Bundespolizei hat vier Militärs und einen Polizisten festgenommen, die einen "
      "Mordanschlag auf Präsident Luiz Inácio Lula da Silva geplant haben sollen.")
C2 = ("Den Verdächtigen wird vorgeworfen, Ende 2022 die Ermordung Lulas, seines Vizepräsidenten Geraldo Alckmin und "
      "des Richters am Obersten Gericht Alexandre de Moraes vorbereitet zu haben.")
C3 = ("Der Plan mit dem Namen „Grün-gelber Dolch“ habe vorgesehen, die drei kurz vor Lulas Amtsantritt am 1. Januar "
      "2023 zu töten, teilte die Polizei am Dienstag mit.")
C4 = ("Die Festnahmen erfolgten in Rio de Janeiro, Goiânia und Brasília auf Anordnung von Moraes, der die Ermittlungen "
      "zu einem mutmaßlichen Putschversuch nach der Wahl 2022 leitet.")
C5 = ("Unter den Festgenommenen ist der General a. D. Mário Fernandes, der unter Ex-Präsident Jair Bolsonaro einen "
      "hohen Posten im Präsidialamt innehatte.")
C6 = "Die Ermittler durchsuchten zudem mehrere Wohnungen und Büros und beschlagnahmten Mobiltelefone und Computer."
C7 = "Justizminister Ricardo Lewandowski sprach von einem „äußerst schweren“ Vorgang."
C8 = ("„Es war geplant, den gewählten Präsidenten zu ermorden“, sagte er in Rio de Janeiro, wo an diesem Tag der "
      "G20-Gipfel zu Ende ging.")
C9 = ("Die Regierung werde dafür sorgen, dass alle Verantwortlichen zur Rechenschaft gezogen würden, fügte der Minister "
      "hinzu.")
C10 = "Bolsonaro selbst wurde in dem Fall zunächst nicht beschuldigt."
C11 = "Der Ex-Präsident hat jede Beteiligung an Putschplänen stets bestritten."
C12 = "Die Vorsitzende der Arbeiterpartei PT, Gleisi Hoffmann, forderte die Festnahme Bolsonaros."
C13 = "„Wer den Tod des Präsidenten plant, gehört ins Gefängnis“, schrieb sie auf X."
C14 = ("Das Heer erklärte, es arbeite uneingeschränkt mit den Ermittlern zusammen und dulde keine Verstöße gegen die "
       "Verfassung.")
C15 = "Generalstaatsanwalt Paulo Gonet muss nun entscheiden, ob er Anklage erhebt."

DE02 = {
    "id": "hm342-de-02", "lang": "de", "url": None, "published": "2024-11-19",
    "title": "Mordpläne gegen Lula: Polizei nimmt Militärs fest",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C7, C8, C9], [C10, C11, C12, C13], [C14, C15]),
    "events": [
        event("COERCE", BRA_PF, PLOT_SUSPECTS, C1, mode="arrest"),
        event("ACCUSE", BRA_PF, PLOT_SUSPECTS, C2, mode="allege"),
        event("ACCUSE", BRA_PF, PLOT_SUSPECTS, C3, mode="allege", date="2024-11-19"),
        event("COERCE", BRA_PF, PLOT_SUSPECTS, C4, mode="arrest", location_country="BRA"),
        event("COERCE", MORAES, PLOT_SUSPECTS, C4, mode="arrest", location_country="BRA"),
        event("COERCE", BRA_PF, MARIO_FERNANDES, C5, mode="arrest"),
        event("COERCE", BRA_PF, PLOT_SUSPECTS, C6, mode="seize"),
        event("ACCUSE", LEWANDOWSKI, PLOT_SUSPECTS, C7, mode="disapprove"),
        event("ACCUSE", LEWANDOWSKI, PLOT_SUSPECTS, C8, mode="allege", location="Rio de Janeiro",
              location_country="BRA"),
        event("THREATEN", LEWANDOWSKI, PLOT_SUSPECTS, C9),
        event("ACCUSE", BRA_PF, BOLSONARO, C10, mode="allege", negated=True),
        event("REQUEST", HOFFMANN, None, C12, mode="change"),
        event("COOPERATE", BRA_ARMY, BRA_PF, C14),
    ],
    "quotes": [
        quote("Ende 2022 die Ermordung Lulas, seines Vizepräsidenten Geraldo Alckmin und des Richters am Obersten "
              "Gericht Alexandre de Moraes vorbereitet zu haben", "Federal Police of Brazil", "indirect"),
        quote("Grün-gelber Dolch", "Federal Police of Brazil", "direct"),
        quote("Der Plan mit dem Namen „Grün-gelber Dolch“ habe vorgesehen, die drei kurz vor Lulas Amtsantritt am 1. "
              "Januar 2023 zu töten", "Federal Police of Brazil", "indirect"),
        quote("äußerst schweren", "Ricardo Lewandowski", "direct"),
        quote("Es war geplant, den gewählten Präsidenten zu ermorden", "Ricardo Lewandowski", "direct"),
        quote("Die Regierung werde dafür sorgen, dass alle Verantwortlichen zur Rechenschaft gezogen würden",
              "Ricardo Lewandowski", "indirect"),
        quote("Wer den Tod des Präsidenten plant, gehört ins Gefängnis", "Gleisi Hoffmann", "direct"),
        quote("es arbeite uneingeschränkt mit den Ermittlern zusammen und dulde keine Verstöße gegen die Verfassung",
              "Brazilian Army", "indirect"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["Die brasilianische Bundespolizei", "die Polizei",
                                                          "Die Ermittler", "den Ermittlern"]),
        entity("suspects in the plot to kill Lula, Alckmin and Moraes", "PER", "BRA",
               ["vier Militärs und einen Polizisten", "Den Verdächtigen", "den Festgenommenen",
                "alle Verantwortlichen"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva", "Lulas",
                                                           "den gewählten Präsidenten", "des Präsidenten"]),
        entity("Geraldo Alckmin", "PER", "BRA", ["seines Vizepräsidenten Geraldo Alckmin"]),
        entity("Alexandre de Moraes", "PER", "BRA", ["des Richters am Obersten Gericht Alexandre de Moraes",
                                                     "Moraes"]),
        entity("Supreme Federal Court", "ORG", "BRA", ["Obersten Gericht"]),
        entity("Rio de Janeiro", "LOC", "BRA", ["Rio de Janeiro"]),
        entity("Goiânia", "LOC", "BRA", ["Goiânia"]),
        entity("Mário Fernandes", "PER", "BRA", ["der General a. D. Mário Fernandes"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["Ex-Präsident Jair Bolsonaro", "Bolsonaro", "Der Ex-Präsident",
                                                "Bolsonaros"]),
        entity("Presidency of Brazil", "ORG", "BRA", ["Präsidialamt"]),
        entity("Ricardo Lewandowski", "PER", "BRA", ["Justizminister Ricardo Lewandowski", "der Minister"]),
        entity("G20", "ORG", None, ["G20-Gipfel"]),
        entity("Government of Brazil", "ORG", "BRA", ["Die Regierung"]),
        entity("Gleisi Hoffmann", "PER", "BRA", ["Die Vorsitzende der Arbeiterpartei PT, Gleisi Hoffmann"]),
        entity("Workers' Party (Brazil)", "ORG", "BRA", ["Arbeiterpartei PT"]),
        entity("X", "ORG", "USA", ["auf X"]),
        entity("Brazilian Army", "ORG", "BRA", ["Das Heer"]),
        entity("Paulo Gonet", "PER", "BRA", ["Generalstaatsanwalt Paulo Gonet"]),
    ],
}

# ---------------------------------------------------------------- hm342-de-03 (Ecuador, Noboa's march on the court)
NOBOA = actor("Daniel Noboa", "ECU", "GOV")
NOBOA_SUP = actor("supporters of Daniel Noboa", "ECU", "CVL")
ECU_GOV = actor("Government of Ecuador", "ECU", "GOV")
ECU_CC = actor("Constitutional Court of Ecuador", "ECU", "JUD")
IACHR = actor("Inter-American Commission on Human Rights", "IGO", "IGO")
LUISA_GONZALEZ = actor("Luisa González", "ECU", "OPP")
REIMBERG = actor("John Reimberg", "ECU", "GOV")
ECU_POLICE = actor("National Police of Ecuador", "ECU", "COP")

D1 = ("Quito (AFP) - Ecuadors Präsident Daniel Noboa hat am Dienstag einen Protestmarsch gegen das "
      "Verfassungsgericht seines Landes angeführt.")
D2 = ("Tausende Anhänger zogen mit ihm durch das Zentrum der Hauptstadt Quito bis vor den Sitz des Gerichts, das in "
      "der vergangenen Woche Teile mehrerer von Noboa vorangetriebener Sicherheitsgesetze vorläufig außer Kraft gesetzt "
      "hatte.")
D3 = ("Die Richter hatten unter anderem Bestimmungen zur Arbeit der Geheimdienste und zu Durchsuchungen ohne "
      "richterlichen Beschluss ausgesetzt.")
D4 = ("„Wir werden nicht zulassen, dass eine Handvoll Richter dem Volk den Kampf gegen die Kriminalität wegnimmt“, "
      "rief Noboa vor dem Gebäude.")
D5 = "Der 37-Jährige warf dem Gericht vor, sich auf die Seite der Drogenbanden zu stellen."
D6 = "Er forderte die Richter auf, ihre Entscheidung zurückzunehmen."
D7 = ("Bereits vor dem Marsch hatte die Regierung in Quito und Guayaquil Plakate mit den Fotos der Richter aufstellen "
      "lassen, darunter der Schriftzug „Diese Richter nehmen euch den Frieden weg“.")
D8 = "Das Verfassungsgericht wies die Forderung zurück."
D9 = ("Es entscheide allein nach der Verfassung und nicht unter dem Druck der Straße, hieß es in einer Erklärung des "
      "Gerichts.")
D10 = "Mehrere Richter hätten in den vergangenen Tagen Drohungen erhalten, einer von ihnen stehe unter Polizeischutz."
D11 = "Das Gericht bat die Interamerikanische Menschenrechtskommission (CIDH), die Lage im Land zu beobachten."
D12 = ("Die CIDH forderte die Regierung auf, die Unabhängigkeit der Justiz zu respektieren und die Richter nicht zu "
       "stigmatisieren.")
D13 = ("Die Oppositionspolitikerin Luisa González von der linken Partei Revolución Ciudadana sprach von einem "
       "„Angriff auf die Gewaltenteilung“.")
D14 = "Noboa wolle sich mit dem Marsch über die Verfassung stellen, sagte die frühere Präsidentschaftskandidatin."
D15 = "Innenminister John Reimberg hatte zuvor zusätzliche Polizisten in die Altstadt beordert."
D16 = "Hunderte Beamte riegelten das Gerichtsgebäude mit Absperrgittern ab."
D17 = "Zwischenfälle oder Festnahmen gab es nach Polizeiangaben nicht."

DE03 = {
    "id": "hm342-de-03", "lang": "de", "url": None, "published": "2025-08-12",
    "title": "Ecuadors Präsident Noboa marschiert gegen das Verfassungsgericht",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6, D7], [D8, D9, D10, D11, D12], [D13, D14], [D15, D16, D17]),
    "events": [
        event("PROTEST", NOBOA, ECU_CC, D1, mode="demo", date="2025-08-12", location="Quito", location_country="ECU"),
        event("PROTEST", NOBOA_SUP, ECU_CC, D2, mode="demo", location="Quito", location_country="ECU"),
        event("SANCTION", ECU_CC, ECU_GOV, D2, mode="convict"),
        event("SANCTION", ECU_CC, ECU_GOV, D3, mode="convict"),
        event("ACCUSE", NOBOA, ECU_CC, D4, mode="disapprove", location="Quito", location_country="ECU"),
        event("ACCUSE", NOBOA, ECU_CC, D5, mode="allege"),
        event("REQUEST", NOBOA, ECU_CC, D6, mode="change"),
        event("ACCUSE", ECU_GOV, ECU_CC, D7, mode="disapprove", location_country="ECU"),
        event("REJECT", ECU_CC, NOBOA, D8, mode="change"),
        event("REQUEST", ECU_CC, IACHR, D11, mode="assist"),
        event("REQUEST", IACHR, ECU_GOV, D12, mode="change"),
        event("ACCUSE", LUISA_GONZALEZ, NOBOA, D13, mode="disapprove"),
        event("ACCUSE", LUISA_GONZALEZ, NOBOA, D14, mode="allege"),
        event("MOBILIZE", REIMBERG, None, D15, mode="police", location="Quito", location_country="ECU"),
        event("COERCE", ECU_POLICE, NOBOA_SUP, D16, mode="restrict", location="Quito", location_country="ECU"),
        event("COERCE", ECU_POLICE, NOBOA_SUP, D17, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("Wir werden nicht zulassen, dass eine Handvoll Richter dem Volk den Kampf gegen die Kriminalität "
              "wegnimmt", "Daniel Noboa", "direct"),
        quote("sich auf die Seite der Drogenbanden zu stellen", "Daniel Noboa", "indirect"),
        quote("Diese Richter nehmen euch den Frieden weg", "Government of Ecuador", "direct"),
        quote("Es entscheide allein nach der Verfassung und nicht unter dem Druck der Straße",
              "Constitutional Court of Ecuador", "indirect"),
        quote("Mehrere Richter hätten in den vergangenen Tagen Drohungen erhalten, einer von ihnen stehe unter "
              "Polizeischutz", "Constitutional Court of Ecuador", "indirect"),
        quote("Angriff auf die Gewaltenteilung", "Luisa González", "direct"),
        quote("Noboa wolle sich mit dem Marsch über die Verfassung stellen", "Luisa González", "indirect"),
        quote("Zwischenfälle oder Festnahmen gab es nach Polizeiangaben nicht", "National Police of Ecuador",
              "indirect"),
    ],
    "entities": [
        entity("Quito", "LOC", "ECU", ["Quito", "der Hauptstadt Quito", "die Altstadt"]),
        entity("Ecuador", "LOC", "ECU", ["Ecuadors", "seines Landes", "im Land"]),
        entity("Daniel Noboa", "PER", "ECU", ["Ecuadors Präsident Daniel Noboa", "Noboa", "Der 37-Jährige"]),
        entity("supporters of Daniel Noboa", "PER", "ECU", ["Tausende Anhänger"]),
        entity("Constitutional Court of Ecuador", "ORG", "ECU", ["das Verfassungsgericht", "Das Verfassungsgericht",
                                                                 "des Gerichts", "dem Gericht", "Das Gericht",
                                                                 "Die Richter", "die Richter", "das Gerichtsgebäude"]),
        entity("Government of Ecuador", "ORG", "ECU", ["die Regierung"]),
        entity("drug gangs in Ecuador", "ORG", "ECU", ["der Drogenbanden"]),
        entity("Guayaquil", "LOC", "ECU", ["Guayaquil"]),
        entity("Inter-American Commission on Human Rights", "ORG", None,
               ["die Interamerikanische Menschenrechtskommission (CIDH)", "Die CIDH"]),
        entity("Luisa González", "PER", "ECU", ["Die Oppositionspolitikerin Luisa González",
                                                "die frühere Präsidentschaftskandidatin"]),
        entity("Revolución Ciudadana", "ORG", "ECU", ["der linken Partei Revolución Ciudadana"]),
        entity("John Reimberg", "PER", "ECU", ["Innenminister John Reimberg"]),
        entity("National Police of Ecuador", "ORG", "ECU", ["zusätzliche Polizisten", "Hunderte Beamte"]),
    ],
}

# ---------------------------------------------------------------- hm342-de-04 (Colombia, soldiers held in El Retorno)
RETORNO_RESIDENTS = actor("residents of El Retorno who held the soldiers", "COL", "CVL")
HELD_SOLDIERS = actor("Colombian soldiers held in El Retorno", "COL", "MIL")
COL_ARMY = actor("Colombian Army", "COL", "MIL")
PEDRO_SANCHEZ_COL = actor("Pedro Arnulfo Sánchez", "COL", "GOV")
EMC = actor("Estado Mayor Central", "COL", "REB")
PETRO = actor("Gustavo Petro", "COL", "GOV")
IRIS_MARIN = actor("Iris Marín", "COL", "GOV")
COL_PROSECUTORS = actor("Attorney General's Office of Colombia", "COL", "JUD")

E1 = "Bogotá (dpa) - Im Südosten Kolumbiens halten aufgebrachte Dorfbewohner seit Sonntag Dutzende Soldaten fest."
E2 = ("Rund 400 Bewohner der Gemeinde El Retorno im Departamento Guaviare hätten 34 Soldaten umzingelt und ihnen die "
      "Waffen abgenommen, teilte das Militär mit.")
E3 = ("Die Soldaten gehören zu einer Einheit, die in der Region gegen Dissidenten der früheren Farc-Guerilla "
      "vorgeht.")
E4 = ("Verteidigungsminister Pedro Sánchez machte die Dissidentengruppe des Rebellenführers Iván Mordisco für die "
      "Aktion verantwortlich.")
E5 = ("„Das ist keine spontane Protestaktion, das ist eine Entführung, gesteuert von kriminellen Strukturen“, sagte "
      "Sánchez in Bogotá.")
E6 = "Die Rebellen zwängen die Bauern, sich den Truppen in den Weg zu stellen, fügte der Minister hinzu."
E7 = "Präsident Gustavo Petro forderte die Dorfbewohner auf, die Soldaten sofort freizulassen."
E8 = ("Er werde nicht mit bewaffneten Gruppen verhandeln, die die Bevölkerung als Schutzschild missbrauchten, schrieb "
      "Petro auf X.")
E9 = "Die Armee schickte vorerst keine weiteren Truppen in das Gebiet, um die Lage nicht zu verschärfen."
E10 = "Die Ombudsfrau Iris Marín reiste nach El Retorno, um zwischen den Bewohnern und der Armee zu vermitteln."
E11 = ("Nach Angaben der Ombudsstelle verlangen die Bewohner den Abzug der Truppen aus ihren Dörfern und eine "
       "unabhängige Untersuchung des Einsatzes.")
E12 = "Die Staatsanwaltschaft leitete Ermittlungen wegen Entführung ein."
E13 = "Ähnliche Vorfälle hatte es in diesem Jahr bereits im Cauca und in der Region Catatumbo gegeben."
E14 = "Am Montagnachmittag ließen die Bewohner nach Armeeangaben vier leicht verletzte Soldaten frei."
E15 = "Die übrigen 30 Soldaten waren am Abend weiter in der Gewalt der Dorfbewohner."

DE04 = {
    "id": "hm342-de-04", "lang": "de", "url": None, "published": "2025-08-25",
    "title": "Dorfbewohner in Kolumbien halten Dutzende Soldaten fest",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9], [E10, E11, E12, E13], [E14, E15]),
    "events": [
        event("ASSAULT", RETORNO_RESIDENTS, HELD_SOLDIERS, E1, mode="abduct", date="2025-08-24",
              location_country="COL"),
        event("ACCUSE", COL_ARMY, RETORNO_RESIDENTS, E2, mode="allege", location="El Retorno",
              location_country="COL"),
        event("ACCUSE", PEDRO_SANCHEZ_COL, EMC, E4, mode="allege"),
        event("ACCUSE", PEDRO_SANCHEZ_COL, EMC, E5, mode="allege", location="Bogotá", location_country="COL"),
        event("ACCUSE", PEDRO_SANCHEZ_COL, EMC, E6, mode="allege"),
        event("REQUEST", PETRO, RETORNO_RESIDENTS, E7, mode="yield"),
        event("REJECT", PETRO, EMC, E8, mode="meet"),
        event("ACCUSE", PETRO, EMC, E8, mode="allege"),
        event("MOBILIZE", COL_ARMY, None, E9, mode="troops", negated=True),
        event("CONSULT", IRIS_MARIN, RETORNO_RESIDENTS, E10, mode="visit", location="El Retorno",
              location_country="COL"),
        event("REQUEST", RETORNO_RESIDENTS, COL_ARMY, E11, mode="change"),
        event("ACCUSE", COL_PROSECUTORS, RETORNO_RESIDENTS, E12, mode="investigate"),
        event("RETREAT", RETORNO_RESIDENTS, HELD_SOLDIERS, E14, mode="release", date="2025-08-25"),
    ],
    "quotes": [
        quote("Rund 400 Bewohner der Gemeinde El Retorno im Departamento Guaviare hätten 34 Soldaten umzingelt und "
              "ihnen die Waffen abgenommen", "Colombian Army", "indirect"),
        quote("Das ist keine spontane Protestaktion, das ist eine Entführung, gesteuert von kriminellen Strukturen",
              "Pedro Arnulfo Sánchez", "direct"),
        quote("Die Rebellen zwängen die Bauern, sich den Truppen in den Weg zu stellen", "Pedro Arnulfo Sánchez",
              "indirect"),
        quote("Er werde nicht mit bewaffneten Gruppen verhandeln, die die Bevölkerung als Schutzschild missbrauchten",
              "Gustavo Petro", "indirect"),
        quote("Nach Angaben der Ombudsstelle verlangen die Bewohner den Abzug der Truppen aus ihren Dörfern und eine "
              "unabhängige Untersuchung des Einsatzes", "Ombudsman's Office of Colombia", "indirect"),
        quote("Am Montagnachmittag ließen die Bewohner nach Armeeangaben vier leicht verletzte Soldaten frei",
              "Colombian Army", "indirect"),
    ],
    "entities": [
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
        entity("Colombia", "LOC", "COL", ["Kolumbiens"]),
        entity("residents of El Retorno who held the soldiers", "PER", "COL",
               ["aufgebrachte Dorfbewohner", "Rund 400 Bewohner der Gemeinde El Retorno", "die Dorfbewohner",
                "die Bauern", "den Bewohnern", "die Bewohner", "der Dorfbewohner"]),
        entity("Colombian soldiers held in El Retorno", "PER", "COL",
               ["Dutzende Soldaten", "34 Soldaten", "Die Soldaten", "die Soldaten", "vier leicht verletzte Soldaten",
                "Die übrigen 30 Soldaten"]),
        entity("El Retorno", "LOC", "COL", ["der Gemeinde El Retorno", "El Retorno"]),
        entity("Guaviare Department", "LOC", "COL", ["Departamento Guaviare"]),
        entity("Colombian Army", "ORG", "COL", ["das Militär", "Die Armee", "der Armee"]),
        entity("FARC", "ORG", "COL", ["der früheren Farc-Guerilla"]),
        entity("Pedro Arnulfo Sánchez", "PER", "COL", ["Verteidigungsminister Pedro Sánchez", "Sánchez",
                                                       "der Minister"]),
        entity("Estado Mayor Central", "ORG", "COL", ["die Dissidentengruppe des Rebellenführers Iván Mordisco",
                                                      "Die Rebellen"]),
        entity("Iván Mordisco", "PER", "COL", ["des Rebellenführers Iván Mordisco"]),
        entity("Gustavo Petro", "PER", "COL", ["Präsident Gustavo Petro", "Petro"]),
        entity("X", "ORG", "USA", ["auf X"]),
        entity("Iris Marín", "PER", "COL", ["Die Ombudsfrau Iris Marín"]),
        entity("Ombudsman's Office of Colombia", "ORG", "COL", ["der Ombudsstelle"]),
        entity("Attorney General's Office of Colombia", "ORG", "COL", ["Die Staatsanwaltschaft"]),
        entity("Cauca", "LOC", "COL", ["im Cauca"]),
        entity("Catatumbo", "LOC", "COL", ["der Region Catatumbo"]),
    ],
}

# ---------------------------------------------------------------- hm342-en-01 (Venezuela breaks with Paraguay)
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
VEN_FM = actor("Ministry of Foreign Affairs of Venezuela", "VEN", "GOV")
PRY_GOV = actor("Government of Paraguay", "PRY", "GOV")
PRY_DIPLOMATS = actor("Paraguayan diplomats in Venezuela", "PRY", "GOV")
VEN_DIPLOMATS = actor("Venezuelan diplomats in Paraguay", "VEN", "GOV")
PENA = actor("Santiago Peña", "PRY", "GOV")
GIL = actor("Yván Gil", "VEN", "GOV")
RAMIREZ = actor("Rubén Ramírez Lezcano", "PRY", "GOV")
EDMUNDO = actor("Edmundo González Urrutia", "VEN", "OPP")
MILEI = actor("Javier Milei", "ARG", "GOV")
LACALLE = actor("Luis Lacalle Pou", "URY", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
CICPC = actor("Scientific, Penal and Criminal Investigation Corps", "VEN", "COP")
MACHADO = actor("María Corina Machado", "VEN", "OPP")
ARG_FM = actor("Ministry of Foreign Affairs of Argentina", "ARG", "GOV")

F1 = ("CARACAS, Jan 7 (Reuters) - Venezuela has broken off diplomatic relations with Paraguay and ordered Paraguayan "
      "diplomats to leave the country within 48 hours, after Paraguayan President Santiago Peña voiced support for "
      "opposition figure Edmundo González.")
F2 = ('The foreign ministry in Caracas announced the decision on Monday, accusing Peña of "interventionist conduct" '
      'and of backing a plot against Venezuela\'s constitutional order.')
F3 = ("Peña had said on Saturday that González, who claims victory in July's presidential election, was Venezuela's "
      "legitimate president-elect and should be sworn in on Friday instead of Nicolás Maduro.")
F4 = ('"We will not tolerate a foreign government that meddles in our internal affairs," Foreign Minister Yván Gil '
      'said in a statement read on state television.')
F5 = ("Paraguay's Foreign Minister Rubén Ramírez Lezcano said that Asunción regretted the decision but would not "
      "change its position.")
F6 = "He accused Maduro's government of persecuting its opponents."
F7 = "Asunción did not order Venezuelan diplomats out in return."
F8 = ("González, who has lived in exile in Spain since September, met Argentine President Javier Milei in Buenos Aires "
      "on Saturday and Uruguay's President Luis Lacalle Pou in Montevideo on Sunday.")
F9 = "U.S. President Joe Biden received him at the White House on Monday, according to a White House statement."
F10 = ("González has vowed to return to Venezuela to be sworn in on Friday, but he has not said how he would enter "
       "the country.")
F11 = ("Venezuela's investigative police, the CICPC, on Saturday raised the reward for information leading to his "
       "capture to $100,000.")
F12 = "Maduro's government has accused González of conspiracy and usurpation of functions."
F13 = ("Opposition leader María Corina Machado, who has been in hiding since August, called on Venezuelans to take to "
       "the streets on Thursday, the eve of Maduro's inauguration.")
F14 = '"Paraguay will not be intimidated," Peña wrote on X on Monday evening.'
F15 = '"We stand with the Venezuelan people and with the president they elected."'
F16 = "Argentina's foreign ministry condemned the decision and said that it stood by Paraguay."

EN01 = {
    "id": "hm342-en-01", "lang": "en", "url": None, "published": "2025-01-07",
    "title": "Venezuela cuts ties with Paraguay over support for opposition's Gonzalez",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9, F10, F11, F12], [F13], [F14, F15, F16]),
    "events": [
        event("SANCTION", VEN_GOV, PRY_GOV, F1, mode="discontinue"),
        event("SANCTION", VEN_GOV, PRY_DIPLOMATS, F1, mode="expel"),
        event("SUPPORT", PENA, EDMUNDO, F1),
        event("SANCTION", VEN_FM, PRY_GOV, F2, mode="discontinue", date="2025-01-06"),
        event("ACCUSE", VEN_FM, PENA, F2, mode="allege", date="2025-01-06"),
        event("SUPPORT", PENA, EDMUNDO, F3, date="2025-01-04"),
        event("ACCUSE", GIL, PENA, F4, mode="disapprove"),
        event("ACCUSE", RAMIREZ, VEN_GOV, F5, mode="disapprove"),
        event("ACCUSE", RAMIREZ, VEN_GOV, F6, mode="allege"),
        event("SANCTION", PRY_GOV, VEN_DIPLOMATS, F7, mode="expel", negated=True),
        event("CONSULT", EDMUNDO, MILEI, F8, mode="visit", date="2025-01-04", location="Buenos Aires",
              location_country="ARG"),
        event("CONSULT", EDMUNDO, LACALLE, F8, mode="visit", date="2025-01-05", location="Montevideo",
              location_country="URY"),
        event("CONSULT", EDMUNDO, BIDEN, F9, mode="visit", date="2025-01-06", location="Washington",
              location_country="USA"),
        event("THREATEN", CICPC, EDMUNDO, F11, mode="arrest", date="2025-01-04"),
        event("ACCUSE", VEN_GOV, EDMUNDO, F12, mode="allege"),
        event("PROTEST", MACHADO, VEN_GOV, F13, mode="demo"),
        event("SUPPORT", PENA, EDMUNDO, F15),
        event("ACCUSE", ARG_FM, VEN_GOV, F16, mode="disapprove"),
        event("SUPPORT", ARG_FM, PRY_GOV, F16),
    ],
    "quotes": [
        quote("interventionist conduct", "Ministry of Foreign Affairs of Venezuela", "direct"),
        quote("González, who claims victory in July's presidential election, was Venezuela's legitimate "
              "president-elect and should be sworn in on Friday instead of Nicolás Maduro", "Santiago Peña",
              "indirect"),
        quote("We will not tolerate a foreign government that meddles in our internal affairs", "Yván Gil", "direct"),
        quote("Asunción regretted the decision but would not change its position", "Rubén Ramírez Lezcano",
              "indirect"),
        quote("U.S. President Joe Biden received him at the White House on Monday", "White House", "indirect"),
        quote("Paraguay will not be intimidated", "Santiago Peña", "direct"),
        quote("We stand with the Venezuelan people and with the president they elected", "Santiago Peña", "direct"),
        quote("it stood by Paraguay", "Ministry of Foreign Affairs of Argentina", "indirect"),
    ],
    "entities": [
        entity("Caracas", "LOC", "VEN", ["CARACAS"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela", "the country"]),
        entity("Paraguay", "LOC", "PRY", ["Paraguay"]),
        entity("Government of Paraguay", "ORG", "PRY", ["Asunción"]),
        entity("Paraguayan diplomats in Venezuela", "PER", "PRY", ["Paraguayan diplomats"]),
        entity("Venezuelan diplomats in Paraguay", "PER", "VEN", ["Venezuelan diplomats"]),
        entity("Santiago Peña", "PER", "PRY", ["Paraguayan President Santiago Peña", "Peña"]),
        entity("Edmundo González Urrutia", "PER", "VEN", ["opposition figure Edmundo González", "González",
                                                          "the president they elected"]),
        entity("Ministry of Foreign Affairs of Venezuela", "ORG", "VEN", ["The foreign ministry in Caracas"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Nicolás Maduro", "Maduro"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Maduro's government"]),
        entity("Yván Gil", "PER", "VEN", ["Foreign Minister Yván Gil"]),
        entity("Rubén Ramírez Lezcano", "PER", "PRY", ["Paraguay's Foreign Minister Rubén Ramírez Lezcano"]),
        entity("Spain", "LOC", "ESP", ["Spain"]),
        entity("Javier Milei", "PER", "ARG", ["Argentine President Javier Milei"]),
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Luis Lacalle Pou", "PER", "URY", ["Uruguay's President Luis Lacalle Pou"]),
        entity("Montevideo", "LOC", "URY", ["Montevideo"]),
        entity("Joe Biden", "PER", "USA", ["U.S. President Joe Biden"]),
        entity("White House", "ORG", "USA", ["the White House", "a White House statement"]),
        entity("Scientific, Penal and Criminal Investigation Corps", "ORG", "VEN",
               ["Venezuela's investigative police, the CICPC"]),
        entity("María Corina Machado", "PER", "VEN", ["Opposition leader María Corina Machado"]),
        entity("X", "ORG", "USA", ["on X"]),
        entity("Ministry of Foreign Affairs of Argentina", "ORG", "ARG", ["Argentina's foreign ministry"]),
    ],
}

# ---------------------------------------------------------------- hm342-en-02 (Brazil, handcuffed deportees in Manaus)
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
ICE = actor("U.S. Immigration and Customs Enforcement", "USA", "COP")
DEPORTEES = actor("Brazilians deported from the United States to Manaus", "BRA", "CVL")
EDGAR = actor("Edgar, a Brazilian deportee", "BRA", "CVL")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
BRA_FAB = actor("Brazilian Air Force", "BRA", "MIL")
BRA_MRE = actor("Ministry of Foreign Affairs of Brazil", "BRA", "GOV")
EDUARDO_BOLSONARO = actor("Eduardo Bolsonaro", "BRA", "OPP")
CONECTAS = actor("Conectas Human Rights", "BRA", "NGO")

G1 = ("BRASILIA, Jan 26 (Reuters) - Brazil's government has demanded explanations from Washington after dozens of "
      "Brazilians deported from the United States arrived in handcuffs and leg shackles on a flight that landed in the "
      "Amazon city of Manaus.")
G2 = ("The Justice Ministry said that 88 Brazilians were on board the chartered plane, which had been bound for Belo "
      "Horizonte but made an unscheduled stop in Manaus on Friday because of a technical problem.")
G3 = ("Passengers told reporters that U.S. immigration agents had kept them in restraints for most of the journey, "
      "denied them water and refused them access to the toilet.")
G4 = ('"They treated us like criminals, but we are workers," one deported man, who gave his name only as Edgar, said '
      'at Manaus airport.')
G5 = ("Justice Minister Ricardo Lewandowski ordered federal police officers at the airport to remove the handcuffs "
      "immediately, according to his ministry.")
G6 = ("President Luiz Inacio Lula da Silva then ordered an air force plane to fly the deportees on to Belo Horizonte "
      "on Saturday.")
G7 = ('The Foreign Ministry called the treatment of the passengers a "flagrant disregard" of their basic rights and '
      'said that it would seek explanations from the U.S. government.')
G8 = "It also summoned the top U.S. diplomat in Brasilia to the ministry on Saturday."
G9 = ("A spokesperson for the U.S. Embassy said that deportation flights followed standard security procedures and "
      "that adult passengers were routinely restrained.")
G10 = ("The flight was one of the first since President Donald Trump took office on Jan. 20, promising the largest "
       "deportation campaign in U.S. history.")
G11 = ("Brazilian officials stressed that the flight had been arranged under a 2017 bilateral agreement and that "
       "Brasilia was not refusing to take back its citizens.")
G12 = '"We will receive our citizens with dignity, not in chains," Lula wrote on X on Saturday.'
G13 = '"Brazil is a sovereign nation, and the rights of Brazilians must be respected everywhere."'
G14 = ("Opposition lawmaker Eduardo Bolsonaro, a son of former President Jair Bolsonaro and an ally of Trump, accused "
       "the government of exploiting the episode for political gain.")
G15 = ("The human rights group Conectas called for an independent investigation into the treatment of the "
       "passengers.")

EN02 = {
    "id": "hm342-en-02", "lang": "en", "url": None, "published": "2025-01-26",
    "title": "Brazil demands explanations from U.S. over handcuffed deportees",
    "text": paragraphs([G1, G2], [G3, G4], [G5, G6], [G7, G8, G9], [G10, G11], [G12, G13], [G14, G15]),
    "events": [
        event("REQUEST", BRA_GOV, USA_GOV, G1),
        event("COERCE", USA_GOV, DEPORTEES, G1, mode="deport"),
        event("ACCUSE", DEPORTEES, ICE, G3, mode="allege"),
        event("ACCUSE", EDGAR, ICE, G4, mode="disapprove", location="Manaus", location_country="BRA"),
        event("REQUEST", LEWANDOWSKI, BRA_PF, G5, mode="change", location="Manaus", location_country="BRA"),
        event("REQUEST", LULA, BRA_FAB, G6, date="2025-01-25"),
        event("AID", LULA, DEPORTEES, G6, date="2025-01-25"),
        event("ACCUSE", BRA_MRE, USA_GOV, G7, mode="disapprove"),
        event("REQUEST", BRA_MRE, USA_GOV, G7),
        event("ACCUSE", BRA_MRE, USA_GOV, G8, mode="disapprove", date="2025-01-25", location="Brasilia",
              location_country="BRA"),
        event("REJECT", BRA_GOV, USA_GOV, G11, negated=True),
        event("ACCUSE", LULA, USA_GOV, G12, mode="disapprove", date="2025-01-25"),
        event("ACCUSE", EDUARDO_BOLSONARO, BRA_GOV, G14, mode="allege"),
        event("REQUEST", CONECTAS, None, G15, mode="change"),
    ],
    "quotes": [
        quote("88 Brazilians were on board the chartered plane, which had been bound for Belo Horizonte but made an "
              "unscheduled stop in Manaus on Friday because of a technical problem", "Ministry of Justice of Brazil",
              "indirect"),
        quote("U.S. immigration agents had kept them in restraints for most of the journey, denied them water and "
              "refused them access to the toilet", "Brazilians deported from the United States to Manaus",
              "indirect"),
        quote("They treated us like criminals, but we are workers", "Edgar", "direct"),
        quote("Justice Minister Ricardo Lewandowski ordered federal police officers at the airport to remove the "
              "handcuffs immediately", "Ministry of Justice of Brazil", "indirect"),
        quote("flagrant disregard", "Ministry of Foreign Affairs of Brazil", "direct"),
        quote("it would seek explanations from the U.S. government", "Ministry of Foreign Affairs of Brazil",
              "indirect"),
        quote("deportation flights followed standard security procedures and that adult passengers were routinely "
              "restrained", "Spokesperson of the U.S. Embassy in Brazil", "indirect"),
        quote("the flight had been arranged under a 2017 bilateral agreement and that Brasilia was not refusing to "
              "take back its citizens", "Brazilian officials", "indirect"),
        quote("We will receive our citizens with dignity, not in chains", "Luiz Inácio Lula da Silva", "direct"),
        quote("Brazil is a sovereign nation, and the rights of Brazilians must be respected everywhere",
              "Luiz Inácio Lula da Silva", "direct"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["BRASILIA"]),
        entity("Government of Brazil", "ORG", "BRA", ["Brazil's government", "Brasilia", "the government"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "the U.S. government"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Brazilians deported from the United States to Manaus", "PER", "BRA",
               ["dozens of Brazilians deported from the United States", "88 Brazilians", "Passengers",
                "the deportees", "the passengers", "adult passengers"]),
        entity("Manaus", "LOC", "BRA", ["the Amazon city of Manaus", "Manaus"]),
        entity("Ministry of Justice of Brazil", "ORG", "BRA", ["The Justice Ministry", "his ministry"]),
        entity("Belo Horizonte", "LOC", "BRA", ["Belo Horizonte"]),
        entity("U.S. Immigration and Customs Enforcement", "ORG", "USA", ["U.S. immigration agents"]),
        entity("Edgar, a Brazilian deportee", "PER", "BRA", ["one deported man, who gave his name only as Edgar"]),
        entity("Manaus airport", "LOC", "BRA", ["Manaus airport", "the airport"]),
        entity("Ricardo Lewandowski", "PER", "BRA", ["Justice Minister Ricardo Lewandowski"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["federal police officers"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["President Luiz Inacio Lula da Silva", "Lula"]),
        entity("Brazilian Air Force", "ORG", "BRA", ["an air force plane"]),
        entity("Ministry of Foreign Affairs of Brazil", "ORG", "BRA", ["The Foreign Ministry", "the ministry"]),
        entity("top U.S. diplomat in Brazil", "PER", "USA", ["the top U.S. diplomat in Brasilia"]),
        entity("U.S. Embassy in Brazil", "ORG", "USA", ["the U.S. Embassy"]),
        entity("Spokesperson of the U.S. Embassy in Brazil", "PER", "USA", ["A spokesperson for the U.S. Embassy"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("Brazilian officials", "PER", "BRA", ["Brazilian officials"]),
        entity("Brazil", "LOC", "BRA", ["Brazil"]),
        entity("X", "ORG", "USA", ["on X"]),
        entity("Eduardo Bolsonaro", "PER", "BRA", ["Opposition lawmaker Eduardo Bolsonaro"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["former President Jair Bolsonaro"]),
        entity("Conectas Human Rights", "ORG", "BRA", ["The human rights group Conectas"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
