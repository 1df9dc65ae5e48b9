"""Round 414: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm414-de-01: Brazil: the Supreme Federal Court decriminalises possession of up to 40 grams of marijuana for personal use; Barroso explains and denies legalising drugs, Pacheco and Lula attack the court, Lira announces a committee, Lewandowski promises to implement, the evangelical caucus demands the constitutional amendment, Cavalcante objects, rights groups welcome it (2024-06-26).
- hm414-de-02: Ecuador/Cuba: Quito declares Cuban ambassador Basilio Gutiérrez and his embassy staff persona non grata; Bruno Rodríguez condemns and alleges US pressure, Sommerfeld denies, Havana demands a reversal but expels no Ecuadorians, Quito refuses, the embassy promises to leave, Luisa González objects, Rubio's visa restrictions recalled (2025-03-05).
- hm414-de-03: Peru: the National Board of Justice suspends Attorney General Delia Espinoza for six months; Espinoza refuses to leave and accuses the board, police cordon the prosecutors' headquarters, her probes of Boluarte and the congressional accusation against her recalled, rally without arrests, IDL and UN rapporteur Satterthwaite react (2025-09-19).
- hm414-de-04: Argentina: Milei's government pulls its delegation out of the COP29 climate talks in Baku; the foreign ministry confirms, Milei's UN speech recalled, his planned meeting with Trump at Mar-a-Lago, Stiell urges a return, Marina Silva and environmental groups object, Unión por la Patria summons Werthein (2024-11-14).
- hm414-en-01: Belize/Guatemala: a Guatemalan navy vessel orders a Belize Defence Force patrol out of the Sarstoon River; Courtenay protests and summons the ambassador, Guatemala rejects the note and warns, Briceño asks Guatemala and the OAS, no Belizean reinforcements, UDP and SATIIM accuse, the 2016 Chiquibul shooting and US patrol boats recalled (2024-08-13).
- hm414-en-02: Chile/Israel: Chile's defence ministry bars Israeli companies from the FIDAE air show over Gaza; Israel's foreign ministry and Lior Haiat condemn, ambassador Gil Artzyeli demands a reversal and Maya Fernández refuses, Boric defends the ban, Jewish and Palestinian communities and Republican lawmakers react, the ambassador's recall and the ICC referral recalled (2024-04-06).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm414-de-01 (Brazil, marijuana ruling)
STF = actor("Supreme Federal Court of Brazil", "BRA", "JUD")
PACHECO = actor("Rodrigo Pacheco", "BRA", "LEG")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
LEWANDOWSKI = actor("Ricardo Lewandowski", "BRA", "GOV")
EVANGELICALS = actor("Evangelical Parliamentary Front", "BRA", "LEG")
BRA_CHAMBER = actor("Chamber of Deputies of Brazil", "BRA", "LEG")
CAVALCANTE = actor("Sóstenes Cavalcante", "BRA", "LEG")
BRA_RIGHTS_GROUPS = actor("Brazilian human rights organisations", "BRA", "NGO")

P1 = ("Brasília (dpa) - Brasiliens Oberster Gerichtshof hat den Besitz kleiner Mengen Marihuana zum Eigenkonsum "
      "entkriminalisiert.")
P2 = ("Die Richter des Supremo Tribunal Federal (STF) legten am Mittwoch eine Grenze von 40 Gramm fest, bis zu der "
      "Konsumenten nicht mehr als Drogenhändler verfolgt werden sollen.")
P3 = ("Der Besitz bleibe zwar verboten, werde künftig aber nur noch als Ordnungswidrigkeit behandelt, erläuterte "
      "Gerichtspräsident Luís Roberto Barroso.")
P4 = "Die Polizei dürfe die Droge weiterhin beschlagnahmen."
P5 = "Senatspräsident Rodrigo Pacheco warf dem Gericht vor, in die Zuständigkeit des Parlaments einzugreifen."
P6 = "„Das Gericht maßt sich eine Rolle an, die ihm nicht zusteht“, sagte er."
P7 = ("Der Senat hatte im April mit großer Mehrheit eine Verfassungsänderung gebilligt, die den Besitz jeder Menge "
      "von Drogen unter Strafe stellen soll.")
P8 = ("Der Präsident der Abgeordnetenkammer, Arthur Lira, kündigte an, eine Sonderkommission zur Beratung des "
      "Entwurfs einzusetzen.")
P9 = "Barroso wies den Vorwurf zurück, das Gericht habe Drogen legalisiert."
P10 = ("Es gehe darum, die massenhafte Inhaftierung junger, meist schwarzer Männer aus armen Vierteln zu beenden, "
       "sagte er.")
P11 = ("Präsident Luiz Inácio Lula da Silva hatte das Gericht vergangene Woche kritisiert und gesagt, der Oberste "
       "Gerichtshof müsse sich „nicht in alles einmischen“.")
P12 = "Justizminister Ricardo Lewandowski sagte hingegen, die Regierung werde die Entscheidung respektieren und umsetzen."
P13 = ("Die evangelikale Fraktion im Kongress forderte die Abgeordnetenkammer auf, die Verfassungsänderung noch vor "
       "der Sommerpause zu verabschieden.")
P14 = "Der Abgeordnete Sóstenes Cavalcante sprach von einem „Angriff auf die Familien“."
P15 = "Menschenrechtsorganisationen begrüßten das Urteil dagegen als überfällig."
P16 = "Brasilien hat mit rund 850.000 Gefangenen eine der größten Gefängnispopulationen der Welt."
P17 = "Nach Angaben des Nationalen Justizrats sitzt etwa ein Viertel von ihnen wegen Drogendelikten ein."

DE01 = {
    "id": "hm414-de-01", "lang": "de", "url": None, "published": "2024-06-26",
    "title": "Brasiliens Oberster Gerichtshof entkriminalisiert Besitz von Marihuana",
    "text": paragraphs([P1, P2, P3, P4], [P5, P6, P7, P8], [P9, P10, P11, P12], [P13, P14, P15], [P16, P17]),
    "events": [
        event("ACCUSE", PACHECO, STF, P5, mode="disapprove"),
        event("ACCUSE", PACHECO, STF, P6, mode="disapprove"),
        event("ACCUSE", LULA, STF, P11, mode="disapprove"),
        event("AGREE", LEWANDOWSKI, STF, P12),
        event("REQUEST", EVANGELICALS, BRA_CHAMBER, P13, mode="change"),
        event("ACCUSE", CAVALCANTE, STF, P14, mode="disapprove"),
        event("SUPPORT", BRA_RIGHTS_GROUPS, STF, P15),
    ],
    "quotes": [
        quote("Der Besitz bleibe zwar verboten, werde künftig aber nur noch als Ordnungswidrigkeit behandelt",
              "Luís Roberto Barroso", "indirect"),
        quote("Die Polizei dürfe die Droge weiterhin beschlagnahmen", "Luís Roberto Barroso", "indirect"),
        quote("in die Zuständigkeit des Parlaments einzugreifen", "Rodrigo Pacheco", "indirect"),
        quote("Das Gericht maßt sich eine Rolle an, die ihm nicht zusteht", "Rodrigo Pacheco", "direct"),
        quote("Es gehe darum, die massenhafte Inhaftierung junger, meist schwarzer Männer aus armen Vierteln zu "
              "beenden", "Luís Roberto Barroso", "indirect"),
        quote("nicht in alles einmischen", "Luiz Inácio Lula da Silva", "direct"),
        quote("der Oberste Gerichtshof müsse sich „nicht in alles einmischen“", "Luiz Inácio Lula da Silva",
              "indirect"),
        quote("die Regierung werde die Entscheidung respektieren und umsetzen", "Ricardo Lewandowski", "indirect"),
        quote("Angriff auf die Familien", "Sóstenes Cavalcante", "direct"),
        quote("Nach Angaben des Nationalen Justizrats sitzt etwa ein Viertel von ihnen wegen Drogendelikten ein",
              "National Council of Justice", "indirect"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("Brazil", "LOC", "BRA", ["Brasiliens", "Brasilien"]),
        entity("Supreme Federal Court of Brazil", "ORG", "BRA",
               ["Brasiliens Oberster Gerichtshof", "Die Richter des Supremo Tribunal Federal (STF)", "dem Gericht",
                "Das Gericht", "das Gericht", "der Oberste Gerichtshof"]),
        entity("Luís Roberto Barroso", "PER", "BRA", ["Gerichtspräsident Luís Roberto Barroso", "Barroso", "er"]),
        entity("Brazilian police", "ORG", "BRA", ["Die Polizei"]),
        entity("Rodrigo Pacheco", "PER", "BRA", ["Senatspräsident Rodrigo Pacheco", "er"]),
        entity("National Congress of Brazil", "ORG", "BRA", ["des Parlaments", "im Kongress"]),
        entity("Senate of Brazil", "ORG", "BRA", ["Der Senat"]),
        entity("Chamber of Deputies of Brazil", "ORG", "BRA", ["der Abgeordnetenkammer", "die Abgeordnetenkammer"]),
        entity("Arthur Lira", "PER", "BRA", ["Der Präsident der Abgeordnetenkammer, Arthur Lira"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva"]),
        entity("Ricardo Lewandowski", "PER", "BRA", ["Justizminister Ricardo Lewandowski"]),
        entity("Government of Brazil", "ORG", "BRA", ["die Regierung"]),
        entity("Evangelical Parliamentary Front", "ORG", "BRA", ["Die evangelikale Fraktion im Kongress"]),
        entity("Sóstenes Cavalcante", "PER", "BRA", ["Der Abgeordnete Sóstenes Cavalcante"]),
        entity("Brazilian human rights organisations", "ORG", "BRA", ["Menschenrechtsorganisationen"]),
        entity("National Council of Justice", "ORG", "BRA", ["des Nationalen Justizrats"]),
    ],
}

# ---------------------------------------------------------------- hm414-de-02 (Ecuador/Cuba, diplomats expelled)
ECU_GOV = actor("Government of Ecuador", "ECU", "GOV")
ECU_MFA = actor("Ministry of Foreign Affairs of Ecuador", "ECU", "GOV")
GUTIERREZ = actor("Basilio Gutiérrez", "CUB", "GOV")
CUB_DIPLOMATS = actor("Cuban diplomats in Ecuador", "CUB", "GOV")
CUB_GOV = actor("Government of Cuba", "CUB", "GOV")
CUB_MFA = actor("Ministry of Foreign Affairs of Cuba", "CUB", "GOV")
CUB_EMBASSY = actor("Embassy of Cuba in Quito", "CUB", "GOV")
B_RODRIGUEZ = actor("Bruno Rodríguez Parrilla", "CUB", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
LUISA_GONZALEZ = actor("Luisa González", "ECU", "OPP")
NOBOA = actor("Daniel Noboa", "ECU", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")

Q1 = ("Quito (dpa) - Ecuador hat den kubanischen Botschafter Basilio Gutiérrez und das gesamte diplomatische Personal "
      "der Botschaft Kubas zu unerwünschten Personen erklärt.")
Q2 = ("Die Diplomaten müssten das Land innerhalb von 48 Stunden verlassen, teilte das Außenministerium in Quito am "
      "Dienstag mit.")
Q3 = "Gründe für den Schritt nannte das Ministerium nicht."
Q4 = "Kubas Außenminister Bruno Rodríguez verurteilte die Entscheidung als „willkürlich und feindselig“."
Q5 = ("Er warf der Regierung von Präsident Daniel Noboa vor, auf Druck der USA zu handeln und die Beziehungen zu Kuba "
      "dem Wahlkampf zu opfern.")
Q6 = ("Außenministerin Gabriela Sommerfeld wies den Vorwurf zurück, Washington habe Einfluss auf die Entscheidung "
      "genommen.")
Q7 = ("Es handle sich um eine souveräne Entscheidung im Einklang mit dem Wiener Übereinkommen, sagte sie dem "
      "Fernsehsender Teleamazonas.")
Q7B = "Ein Sprecher des US-Außenministeriums wollte sich zu dem Vorgang nicht äußern."
Q8 = "Havanna kündigte zunächst keine Ausweisung ecuadorianischer Diplomaten an."
Q9 = "Das kubanische Außenministerium forderte Quito jedoch auf, die Entscheidung rückgängig zu machen."
Q10 = "Ein Regierungssprecher in Quito lehnte dies am Mittwoch ab."
Q11 = "Die kubanische Botschaft teilte mit, ihr Personal werde das Land fristgerecht verlassen."
Q12 = "Die linke Präsidentschaftskandidatin Luisa González sprach von einem „Wahlkampfmanöver“ des Präsidenten."
Q13 = "Sie tritt am 13. April in der Stichwahl gegen Noboa an."
Q14 = "Noboa präsentiert sich im Wahlkampf als enger Verbündeter von US-Präsident Donald Trump."
Q15 = ("Ende Februar hatte US-Außenminister Marco Rubio Visabeschränkungen gegen Regierungsvertreter aus Drittstaaten "
       "angekündigt, die an kubanischen Ärzteprogrammen beteiligt sind.")
Q16 = "Washington wirft Havanna vor, die im Ausland eingesetzten Ärzte auszubeuten."
Q17 = "Kuba weist dies zurück."

DE02 = {
    "id": "hm414-de-02", "lang": "de", "url": None, "published": "2025-03-05",
    "title": "Ecuador weist kubanischen Botschafter aus",
    "text": paragraphs([Q1, Q2, Q3], [Q4, Q5, Q6, Q7, Q7B], [Q8, Q9, Q10, Q11], [Q12, Q13, Q14], [Q15, Q16, Q17]),
    "events": [
        event("SANCTION", ECU_GOV, GUTIERREZ, Q1, mode="expel"),
        event("SANCTION", ECU_GOV, CUB_DIPLOMATS, Q1, mode="expel"),
        event("SANCTION", ECU_MFA, CUB_DIPLOMATS, Q2, mode="expel", date="2025-03-04"),
        event("ACCUSE", B_RODRIGUEZ, ECU_GOV, Q4, mode="disapprove"),
        event("ACCUSE", B_RODRIGUEZ, ECU_GOV, Q5, mode="allege"),
        event("ACCUSE", B_RODRIGUEZ, USA_GOV, Q5, mode="allege"),
        event("SANCTION", CUB_GOV, ECU_GOV, Q8, mode="expel", negated=True),
        event("REQUEST", CUB_MFA, ECU_GOV, Q9, mode="change"),
        event("REJECT", ECU_GOV, CUB_MFA, Q10, mode="change", date="2025-03-05"),
        event("CONCEDE", CUB_EMBASSY, ECU_GOV, Q11),
        event("ACCUSE", LUISA_GONZALEZ, NOBOA, Q12, mode="disapprove"),
        event("SANCTION", RUBIO, CUB_GOV, Q15, mode="discontinue"),
        event("ACCUSE", USA_GOV, CUB_GOV, Q16, mode="allege"),
    ],
    "quotes": [
        quote("Die Diplomaten müssten das Land innerhalb von 48 Stunden verlassen",
              "Ministry of Foreign Affairs of Ecuador", "indirect"),
        quote("willkürlich und feindselig", "Bruno Rodríguez Parrilla", "direct"),
        quote("auf Druck der USA zu handeln und die Beziehungen zu Kuba dem Wahlkampf zu opfern",
              "Bruno Rodríguez Parrilla", "indirect"),
        quote("Es handle sich um eine souveräne Entscheidung im Einklang mit dem Wiener Übereinkommen",
              "Gabriela Sommerfeld", "indirect"),
        quote("ihr Personal werde das Land fristgerecht verlassen", "Embassy of Cuba in Quito", "indirect"),
        quote("Wahlkampfmanöver", "Luisa González", "direct"),
        quote("die im Ausland eingesetzten Ärzte auszubeuten", "Government of the United States", "indirect"),
    ],
    "entities": [
        entity("Quito", "LOC", "ECU", ["Quito"]),
        entity("Ecuador", "LOC", "ECU", ["Ecuador", "das Land"]),
        entity("Government of Ecuador", "ORG", "ECU", ["Ecuador", "der Regierung von Präsident Daniel Noboa",
                                                       "Quito"]),
        entity("Basilio Gutiérrez", "PER", "CUB", ["den kubanischen Botschafter Basilio Gutiérrez"]),
        entity("Cuban diplomats in Ecuador", "PER", "CUB",
               ["das gesamte diplomatische Personal der Botschaft Kubas", "Die Diplomaten", "ihr Personal"]),
        entity("Embassy of Cuba in Quito", "ORG", "CUB", ["der Botschaft Kubas", "Die kubanische Botschaft"]),
        entity("Cuba", "LOC", "CUB", ["Kubas", "Kuba"]),
        entity("Ministry of Foreign Affairs of Ecuador", "ORG", "ECU", ["das Außenministerium in Quito",
                                                                        "das Ministerium"]),
        entity("Bruno Rodríguez Parrilla", "PER", "CUB", ["Kubas Außenminister Bruno Rodríguez", "Er"]),
        entity("Daniel Noboa", "PER", "ECU", ["Präsident Daniel Noboa", "des Präsidenten", "Noboa"]),
        entity("United States", "LOC", "USA", ["der USA"]),
        entity("Gabriela Sommerfeld", "PER", "ECU", ["Außenministerin Gabriela Sommerfeld", "sie"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("spokesman of the United States Department of State", "PER", "USA",
               ["Ein Sprecher des US-Außenministeriums"]),
        entity("Vienna Convention on Diplomatic Relations", "MISC", None, ["dem Wiener Übereinkommen"]),
        entity("Teleamazonas", "ORG", "ECU", ["dem Fernsehsender Teleamazonas"]),
        entity("Government of Cuba", "ORG", "CUB", ["Havanna", "Kuba"]),
        entity("Ministry of Foreign Affairs of Cuba", "ORG", "CUB", ["Das kubanische Außenministerium"]),
        entity("government spokesman of Ecuador", "PER", "ECU", ["Ein Regierungssprecher in Quito"]),
        entity("Luisa González", "PER", "ECU", ["Die linke Präsidentschaftskandidatin Luisa González", "Sie"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio"]),
        entity("Cuban doctors abroad", "PER", "CUB", ["die im Ausland eingesetzten Ärzte"]),
    ],
}

# ---------------------------------------------------------------- hm414-de-03 (Peru, attorney general suspended)
JNJ = actor("National Board of Justice of Peru", "PER", "JUD")
ESPINOZA = actor("Delia Espinoza", "PER", "JUD")
PER_POLICE = actor("National Police of Peru", "PER", "COP")
BOLUARTE = actor("Dina Boluarte", "PER", "GOV")
PER_LAWMAKERS = actor("Peruvian lawmakers", "PER", "LEG")
PER_CONGRESS_SUB = actor("Congress of Peru", "PER", "LEG")
ESPINOZA_SUPPORTERS = actor("supporters of Delia Espinoza", "PER", "CVL")
IDL = actor("Instituto de Defensa Legal", "PER", "NGO")
SATTERTHWAITE = actor("Margaret Satterthwaite", "UNO", "IGO")
PER_GOV = actor("Government of Peru", "PER", "GOV")

R1 = ("Lima (dpa) - Perus Justizaufsichtsbehörde hat Generalstaatsanwältin Delia Espinoza vorläufig für sechs Monate "
      "von ihrem Amt suspendiert.")
R2 = ("Die Junta Nacional de Justicia (JNJ) begründete ihre Entscheidung vom Donnerstag mit einem Disziplinarverfahren "
      "gegen die Juristin.")
R3 = ("Sie soll sich geweigert haben, eine Entscheidung der Behörde zur Wiedereinsetzung ihrer Vorgängerin Patricia "
      "Benavides als Oberste Staatsanwältin umzusetzen.")
R4 = "Espinoza nannte die Suspendierung verfassungswidrig und kündigte an, ihr Büro nicht zu räumen."
R5 = "„Diese Entscheidung ist ein Racheakt der Mächtigen, gegen die wir ermitteln“, sagte sie vor Journalisten in Lima."
R6 = "Am Freitag riegelten Polizisten den Sitz der Staatsanwaltschaft im Zentrum der Hauptstadt ab."
R7 = "Der Oberste Staatsanwalt Tomás Gálvez übernahm die Amtsgeschäfte kommissarisch."
R8 = ("Espinoza hatte in den vergangenen Monaten Ermittlungen gegen Präsidentin Dina Boluarte und mehrere "
      "Kongressabgeordnete vorangetrieben.")
R9 = ("Zuletzt hatte sie beim Kongress eine Verfassungsbeschwerde gegen Boluarte wegen der Affäre um nicht "
      "deklarierte Rolex-Uhren eingereicht.")
R10 = ("Ein Unterausschuss des Parlaments billigte Anfang September seinerseits eine Anklage gegen Espinoza, die zu "
       "ihrem Ausschluss von öffentlichen Ämtern führen könnte.")
R11 = ("Mehrere Hundert Menschen demonstrierten am Freitag vor dem Sitz der Staatsanwaltschaft für die suspendierte "
       "Generalstaatsanwältin.")
R12 = "Festnahmen gab es nach Polizeiangaben nicht."
R13 = "Das Instituto de Defensa Legal warf der JNJ vor, sich in den Dienst der Mehrheit im Kongress zu stellen."
R14 = ("Die UN-Sonderberichterstatterin für die Unabhängigkeit von Richtern und Anwälten, Margaret Satterthwaite, "
       "forderte die peruanischen Behörden auf, die Unabhängigkeit der Staatsanwaltschaft zu achten.")
R15 = "Boluarte äußerte sich zunächst nicht."
R16 = "Die Präsidentin hat wiederholt erklärt, die Ermittlungen gegen sie seien politisch motiviert."
R17 = "In Peru stehen im April 2026 Präsidenten- und Parlamentswahlen an."

DE03 = {
    "id": "hm414-de-03", "lang": "de", "url": None, "published": "2025-09-19",
    "title": "Perus Generalstaatsanwältin Espinoza suspendiert",
    "text": paragraphs([R1, R2, R3], [R4, R5, R6, R7], [R8, R9, R10], [R11, R12, R13, R14], [R15, R16, R17]),
    "events": [
        event("COERCE", JNJ, ESPINOZA, R1, mode="restrict", location="Lima", location_country="PER"),
        event("COERCE", JNJ, ESPINOZA, R2, mode="restrict", date="2025-09-18"),
        event("ACCUSE", JNJ, ESPINOZA, R2, mode="investigate"),
        event("ACCUSE", ESPINOZA, JNJ, R4, mode="disapprove"),
        event("REJECT", ESPINOZA, JNJ, R4, mode="yield"),
        event("ACCUSE", ESPINOZA, JNJ, R5, mode="disapprove", location="Lima", location_country="PER"),
        event("MOBILIZE", PER_POLICE, None, R6, mode="police", date="2025-09-19", location="Lima",
              location_country="PER"),
        event("ACCUSE", ESPINOZA, BOLUARTE, R8, mode="investigate"),
        event("ACCUSE", ESPINOZA, PER_LAWMAKERS, R8, mode="investigate"),
        event("ACCUSE", ESPINOZA, BOLUARTE, R9, mode="allege"),
        event("ACCUSE", PER_CONGRESS_SUB, ESPINOZA, R10, mode="allege"),
        event("PROTEST", ESPINOZA_SUPPORTERS, JNJ, R11, mode="demo", date="2025-09-19", location="Lima",
              location_country="PER"),
        event("COERCE", PER_POLICE, ESPINOZA_SUPPORTERS, R12, mode="arrest", negated=True),
        event("ACCUSE", IDL, JNJ, R13, mode="allege"),
        event("REQUEST", SATTERTHWAITE, PER_GOV, R14),
    ],
    "quotes": [
        quote("ihr Büro nicht zu räumen", "Delia Espinoza", "indirect"),
        quote("Diese Entscheidung ist ein Racheakt der Mächtigen, gegen die wir ermitteln", "Delia Espinoza",
              "direct"),
        quote("Festnahmen gab es nach Polizeiangaben nicht", "National Police of Peru", "indirect"),
        quote("sich in den Dienst der Mehrheit im Kongress zu stellen", "Instituto de Defensa Legal", "indirect"),
        quote("die Ermittlungen gegen sie seien politisch motiviert", "Dina Boluarte", "indirect"),
    ],
    "entities": [
        entity("Lima", "LOC", "PER", ["Lima", "der Hauptstadt"]),
        entity("Peru", "LOC", "PER", ["Perus", "Peru"]),
        entity("National Board of Justice of Peru", "ORG", "PER",
               ["Perus Justizaufsichtsbehörde", "Die Junta Nacional de Justicia (JNJ)", "der Behörde", "der JNJ"]),
        entity("Delia Espinoza", "PER", "PER",
               ["Generalstaatsanwältin Delia Espinoza", "die Juristin", "Sie", "ihrer", "ihr", "ihrem", "Espinoza", "sie",
                "die suspendierte Generalstaatsanwältin"]),
        entity("Patricia Benavides", "PER", "PER", ["ihrer Vorgängerin Patricia Benavides"]),
        entity("National Police of Peru", "ORG", "PER", ["Polizisten"]),
        entity("Public Ministry of Peru", "ORG", "PER", ["den Sitz der Staatsanwaltschaft", "der Staatsanwaltschaft"]),
        entity("Tomás Gálvez", "PER", "PER", ["Der Oberste Staatsanwalt Tomás Gálvez"]),
        entity("Dina Boluarte", "PER", "PER", ["Präsidentin Dina Boluarte", "Boluarte", "Die Präsidentin", "sie"]),
        entity("Peruvian lawmakers", "PER", "PER", ["mehrere Kongressabgeordnete"]),
        entity("Congress of Peru", "ORG", "PER", ["beim Kongress", "Ein Unterausschuss des Parlaments",
                                                  "im Kongress"]),
        entity("Rolex", "ORG", "CHE", ["Rolex-Uhren"]),
        entity("supporters of Delia Espinoza", "PER", "PER", ["Mehrere Hundert Menschen"]),
        entity("Instituto de Defensa Legal", "ORG", "PER", ["Das Instituto de Defensa Legal"]),
        entity("Margaret Satterthwaite", "PER", "UNO",
               ["Die UN-Sonderberichterstatterin für die Unabhängigkeit von Richtern und Anwälten, Margaret "
                "Satterthwaite"]),
        entity("Government of Peru", "ORG", "PER", ["die peruanischen Behörden"]),
    ],
}

# ---------------------------------------------------------------- hm414-de-04 (Argentina, COP29 walkout)
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
ARG_MFA = actor("Ministry of Foreign Affairs of Argentina", "ARG", "GOV")
UNFCCC = actor("United Nations Framework Convention on Climate Change", "UNO", "IGO")
MILEI = actor("Javier Milei", "ARG", "GOV")
UN = actor("United Nations", "UNO", "IGO")
TRUMP = actor("Donald Trump", "USA", "GOV")
STIELL = actor("Simon Stiell", "UNO", "IGO")
SILVA = actor("Marina Silva", "BRA", "GOV")
ARG_GREENS = actor("Argentine environmental organisations", "ARG", "NGO")
GREENPEACE_AR = actor("Greenpeace Argentina", "ARG", "NGO")
UXP = actor("Unión por la Patria", "ARG", "LEG")
WERTHEIN = actor("Gerardo Werthein", "ARG", "GOV")

A1 = ("Buenos Aires/Baku (dpa) - Argentiniens Regierung hat ihre Delegation von der Weltklimakonferenz in "
      "Aserbaidschan abgezogen.")
A2 = ("Die Unterhändler seien am Mittwoch angewiesen worden, die COP29 in Baku zu verlassen und nicht mehr an den "
      "Verhandlungen teilzunehmen, bestätigte ein Sprecher des Außenministeriums in Buenos Aires.")
A3 = ("Die Regierung von Präsident Javier Milei überprüfe ihre Haltung zu den internationalen Klimaverhandlungen, "
      "fügte er hinzu.")
A4 = "Einen Austritt aus dem Pariser Klimaabkommen schloss er nicht aus."
A4B = "An der Konferenz nehmen Vertreter von fast 200 Staaten teil."
A5 = "Milei bezeichnet den menschengemachten Klimawandel als „sozialistische Lüge“."
A6 = ("Im September hatte er vor der UN-Generalversammlung in New York die Agenda 2030 der Vereinten Nationen als "
      "„sozialistisches Programm“ angegriffen.")
A7 = "Der Rückzug erfolgte kurz vor Mileis Reise nach Florida."
A8 = ("Dort will er am Donnerstag den designierten US-Präsidenten Donald Trump auf dessen Anwesen Mar-a-Lago "
      "treffen.")
A9 = "Trump hat den Klimawandel wiederholt als „Schwindel“ bezeichnet."
A10 = "UN-Klimachef Simon Stiell rief Argentinien auf, an den Verhandlungstisch zurückzukehren."
A11 = "Brasiliens Umweltministerin Marina Silva bedauerte den Schritt des Nachbarlandes."
A12 = "Umweltorganisationen aus Argentinien sprachen von einer „historischen Blamage“."
A12B = "Die Organisation Greenpeace Argentinien forderte die Regierung auf, die Entscheidung sofort zurückzunehmen."
A13 = ("Abgeordnete des peronistischen Oppositionsbündnisses Unión por la Patria forderten Außenminister Gerardo "
       "Werthein auf, im Kongress Rechenschaft abzulegen.")
A14 = "Werthein hatte das Amt erst Ende Oktober von Diana Mondino übernommen."
A15 = "Argentinien gehört zu den größten Emittenten von Treibhausgasen in Lateinamerika."
A16 = "Die nächste Weltklimakonferenz findet im November 2025 im brasilianischen Belém statt."

DE04 = {
    "id": "hm414-de-04", "lang": "de", "url": None, "published": "2024-11-14",
    "title": "Argentinien zieht Delegation von Weltklimakonferenz ab",
    "text": paragraphs([A1, A2, A3, A4, A4B], [A5, A6, A7, A8, A9], [A10, A11, A12, A12B, A13, A14], [A15, A16]),
    "events": [
        event("SANCTION", ARG_GOV, UNFCCC, A1, mode="withdraw", location="Baku", location_country="AZE"),
        event("SANCTION", ARG_MFA, UNFCCC, A2, mode="withdraw", date="2024-11-13", location="Baku",
              location_country="AZE"),
        event("ACCUSE", MILEI, UN, A6, mode="disapprove", location="New York", location_country="USA"),
        event("AGREE", MILEI, TRUMP, A8, mode="meet"),
        event("REQUEST", STIELL, ARG_GOV, A10),
        event("ACCUSE", SILVA, ARG_GOV, A11, mode="disapprove"),
        event("ACCUSE", ARG_GREENS, ARG_GOV, A12, mode="disapprove"),
        event("REQUEST", GREENPEACE_AR, ARG_GOV, A12B, mode="change"),
        event("REQUEST", UXP, WERTHEIN, A13),
    ],
    "quotes": [
        quote("Die Unterhändler seien am Mittwoch angewiesen worden, die COP29 in Baku zu verlassen und nicht mehr an "
              "den Verhandlungen teilzunehmen", "spokesman of the Ministry of Foreign Affairs of Argentina",
              "indirect"),
        quote("Die Regierung von Präsident Javier Milei überprüfe ihre Haltung zu den internationalen "
              "Klimaverhandlungen", "spokesman of the Ministry of Foreign Affairs of Argentina", "indirect"),
        quote("sozialistische Lüge", "Javier Milei", "direct"),
        quote("sozialistisches Programm", "Javier Milei", "direct"),
        quote("Schwindel", "Donald Trump", "direct"),
        quote("historischen Blamage", "Argentine environmental organisations", "direct"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Baku", "LOC", "AZE", ["Baku"]),
        entity("Government of Argentina", "ORG", "ARG", ["Argentiniens Regierung",
                                                         "Die Regierung von Präsident Javier Milei", "die Regierung",
                                                         "Argentinien"]),
        entity("COP29", "MISC", "UNO", ["der Weltklimakonferenz in Aserbaidschan", "die COP29 in Baku", "der Konferenz",
                                        "den Verhandlungen"]),
        entity("Azerbaijan", "LOC", "AZE", ["Aserbaidschan"]),
        entity("spokesman of the Ministry of Foreign Affairs of Argentina", "PER", "ARG",
               ["ein Sprecher des Außenministeriums in Buenos Aires", "er"]),
        entity("Ministry of Foreign Affairs of Argentina", "ORG", "ARG", ["des Außenministeriums in Buenos Aires"]),
        entity("Javier Milei", "PER", "ARG", ["Präsident Javier Milei", "Milei", "er", "Mileis"]),
        entity("Paris Agreement", "MISC", "UNO", ["dem Pariser Klimaabkommen"]),
        entity("United Nations General Assembly", "ORG", "UNO", ["der UN-Generalversammlung"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("United Nations", "ORG", "UNO", ["der Vereinten Nationen"]),
        entity("2030 Agenda", "MISC", "UNO", ["die Agenda 2030 der Vereinten Nationen"]),
        entity("Florida", "LOC", "USA", ["Florida", "Dort"]),
        entity("Donald Trump", "PER", "USA", ["den designierten US-Präsidenten Donald Trump", "dessen", "Trump"]),
        entity("Mar-a-Lago", "LOC", "USA", ["dessen Anwesen Mar-a-Lago"]),
        entity("Simon Stiell", "PER", "UNO", ["UN-Klimachef Simon Stiell"]),
        entity("Argentina", "LOC", "ARG", ["Argentinien", "des Nachbarlandes"]),
        entity("Marina Silva", "PER", "BRA", ["Brasiliens Umweltministerin Marina Silva"]),
        entity("Brazil", "LOC", "BRA", ["Brasiliens"]),
        entity("Argentine environmental organisations", "ORG", "ARG", ["Umweltorganisationen aus Argentinien"]),
        entity("Greenpeace Argentina", "ORG", "ARG", ["Die Organisation Greenpeace Argentinien"]),
        entity("COP29 participating states", "ORG", None, ["Vertreter von fast 200 Staaten"]),
        entity("Unión por la Patria", "ORG", "ARG",
               ["Abgeordnete des peronistischen Oppositionsbündnisses Unión por la Patria"]),
        entity("Gerardo Werthein", "PER", "ARG", ["Außenminister Gerardo Werthein", "Werthein"]),
        entity("National Congress of Argentina", "ORG", "ARG", ["im Kongress"]),
        entity("Diana Mondino", "PER", "ARG", ["Diana Mondino"]),
        entity("Latin America", "LOC", None, ["Lateinamerika"]),
        entity("Belém", "LOC", "BRA", ["im brasilianischen Belém"]),
    ],
}

# ---------------------------------------------------------------- hm414-en-01 (Belize/Guatemala, Sarstoon)
BLZ_GOV = actor("Government of Belize", "BLZ", "GOV")
GTM_GOV = actor("Government of Guatemala", "GTM", "GOV")
GTM_NAVY = actor("Guatemalan Navy", "GTM", "MIL")
BDF = actor("Belize Defence Force", "BLZ", "MIL")
COURTENAY = actor("Eamon Courtenay", "BLZ", "GOV")
BLZ_MFA = actor("Ministry of Foreign Affairs of Belize", "BLZ", "GOV")
GTM_MFA = actor("Ministry of Foreign Affairs of Guatemala", "GTM", "GOV")
BRICENO = actor("John Briceño", "BLZ", "GOV")
OAS = actor("Organization of American States", "IGO", "IGO")
UDP = actor("United Democratic Party", "BLZ", "OPP")
SATIIM = actor("Sarstoon Temash Institute for Indigenous Management", "BLZ", "NGO")
GTM_ARMY = actor("Guatemalan Army", "GTM", "MIL")
GTM_BOY = actor("Guatemalan boy killed in the Chiquibul forest", "GTM", "CVL")
USA_GOV_E = actor("Government of the United States", "USA", "GOV")
BLZ_COAST_GUARD = actor("Belize Coast Guard", "BLZ", "MIL")

V1 = ("BELIZE CITY (AP) — Belize on Tuesday protested to Guatemala after a Guatemalan navy vessel ordered a patrol of "
      "the Belize Defence Force out of the Sarstoon River, the latest flare-up in a territorial dispute that the two "
      "countries have taken to the International Court of Justice.")
V2 = ("Foreign Minister Eamon Courtenay said the soldiers were on a routine patrol on Monday when a Guatemalan gunboat "
      "approached them near the river's mouth and told them they were in Guatemalan waters.")
V3 = "\"This is a clear provocation and a violation of our sovereignty,\" Courtenay told reporters in Belmopan."
V4 = "He said his ministry had summoned Guatemala's ambassador and handed him a formal protest note."
V5 = ("Guatemala's Foreign Ministry rejected the protest, saying in a statement that its navy had been operating in "
      "Guatemalan territory.")
V6 = ("The ministry warned that the navy would stop any foreign vessel entering the river without its "
      "permission.")
V7 = "Guatemala claims the whole Sarstoon, while Belize says the border runs along the middle of the river."
V8 = ("Prime Minister John Briceño urged Guatemala to respect the status quo until the court in The Hague rules on "
      "the case.")
V9 = ("He also asked the Organization of American States to send staff from its office in the adjacency zone to "
      "investigate the incident.")
V10 = "An OAS spokesperson said a team would travel to the area this week."
V11 = ("Belize has not reinforced its troops along the border, Briceño said, adding that his government wanted to "
       "avoid an escalation.")
V12 = ("The opposition United Democratic Party accused the government of leaving the country's southern border "
       "unprotected.")
V13 = ("The Sarstoon Temash Institute for Indigenous Management, a Maya group that monitors the area, said "
       "Guatemalan soldiers had harassed its rangers several times this year.")
V14 = "Guatemala has claimed part of Belize's territory since the 19th century."
V15 = ("Voters in Guatemala in 2018 and in Belize in 2019 approved sending the dispute to the ICJ, which has not said "
       "when it will rule.")
V16 = ("In 2016, Guatemala sent troops to the border after Belizean soldiers shot dead a 13-year-old Guatemalan boy "
       "in the Chiquibul forest.")
V17 = ("The United States, Belize's main security partner, donated two patrol boats to the Belize Coast Guard last "
       "year.")

EN01 = {
    "id": "hm414-en-01", "lang": "en", "url": None, "published": "2024-08-13",
    "title": "Belize protests after Guatemalan navy orders its soldiers out of border river",
    "text": paragraphs([V1, V2, V3, V4], [V5, V6, V7], [V8, V9, V10, V11], [V12, V13], [V14, V15, V16, V17]),
    "events": [
        event("ACCUSE", BLZ_GOV, GTM_GOV, V1, mode="disapprove", date="2024-08-13"),
        event("COERCE", GTM_NAVY, BDF, V1, location="Sarstoon River"),
        event("ACCUSE", COURTENAY, GTM_NAVY, V2, mode="allege"),
        event("ACCUSE", COURTENAY, GTM_GOV, V3, mode="disapprove", location="Belmopan", location_country="BLZ"),
        event("ACCUSE", BLZ_MFA, GTM_GOV, V4, mode="disapprove"),
        event("REJECT", GTM_MFA, BLZ_GOV, V5),
        event("THREATEN", GTM_MFA, BLZ_GOV, V6),
        event("REQUEST", BRICENO, GTM_GOV, V8),
        event("REQUEST", BRICENO, OAS, V9, mode="assist"),
        event("AGREE", OAS, BLZ_GOV, V10),
        event("MOBILIZE", BDF, None, V11, mode="troops", negated=True),
        event("ACCUSE", UDP, BLZ_GOV, V12, mode="disapprove"),
        event("ACCUSE", SATIIM, GTM_ARMY, V13, mode="allege"),
        event("MOBILIZE", GTM_ARMY, None, V16, mode="troops"),
        event("ASSAULT", BDF, GTM_BOY, V16, mode="firearms", location="Chiquibul forest", location_country="BLZ"),
        event("AID", USA_GOV_E, BLZ_COAST_GUARD, V17),
    ],
    "quotes": [
        quote("the soldiers were on a routine patrol on Monday when a Guatemalan gunboat approached them near the "
              "river's mouth and told them they were in Guatemalan waters", "Eamon Courtenay", "indirect"),
        quote("This is a clear provocation and a violation of our sovereignty", "Eamon Courtenay", "direct"),
        quote("his ministry had summoned Guatemala's ambassador and handed him a formal protest note",
              "Eamon Courtenay", "indirect"),
        quote("its navy had been operating in Guatemalan territory", "Ministry of Foreign Affairs of Guatemala",
              "indirect"),
        quote("the navy would stop any foreign vessel entering the river without its permission",
              "Ministry of Foreign Affairs of Guatemala", "indirect"),
        quote("a team would travel to the area this week", "spokesperson of the Organization of American States",
              "indirect"),
        quote("Belize has not reinforced its troops along the border", "John Briceño", "indirect"),
        quote("his government wanted to avoid an escalation", "John Briceño", "indirect"),
        quote("Guatemalan soldiers had harassed its rangers several times this year",
              "Sarstoon Temash Institute for Indigenous Management", "indirect"),
    ],
    "entities": [
        entity("Belize City", "LOC", "BLZ", ["BELIZE CITY"]),
        entity("Government of Belize", "ORG", "BLZ", ["Belize", "the government", "his government"]),
        entity("Belize", "LOC", "BLZ", ["Belize", "our", "Belize's", "the country's"]),
        entity("Government of Guatemala", "ORG", "GTM", ["Guatemala"]),
        entity("Guatemala", "LOC", "GTM", ["Guatemala"]),
        entity("Guatemalan Navy", "ORG", "GTM", ["a Guatemalan navy vessel", "a Guatemalan gunboat", "its navy",
                                                 "the navy"]),
        entity("Belize Defence Force", "ORG", "BLZ", ["a patrol of the Belize Defence Force", "the soldiers", "them",
                                                      "its troops", "Belizean soldiers"]),
        entity("Sarstoon River", "LOC", None, ["the Sarstoon River", "the river's", "the river", "the whole Sarstoon"]),
        entity("International Court of Justice", "ORG", "UNO", ["the International Court of Justice",
                                                                "the court in The Hague", "the ICJ"]),
        entity("Eamon Courtenay", "PER", "BLZ", ["Foreign Minister Eamon Courtenay", "Courtenay", "He", "his"]),
        entity("Belmopan", "LOC", "BLZ", ["Belmopan"]),
        entity("Ministry of Foreign Affairs of Belize", "ORG", "BLZ", ["his ministry"]),
        entity("Guatemalan ambassador to Belize", "PER", "GTM", ["Guatemala's ambassador", "him"]),
        entity("Ministry of Foreign Affairs of Guatemala", "ORG", "GTM", ["Guatemala's Foreign Ministry",
                                                                          "The ministry"]),
        entity("John Briceño", "PER", "BLZ", ["Prime Minister John Briceño", "He", "Briceño", "his"]),
        entity("The Hague", "LOC", "NLD", ["The Hague"]),
        entity("Organization of American States", "ORG", "IGO", ["the Organization of American States", "its office",
                                                                 "OAS"]),
        entity("spokesperson of the Organization of American States", "PER", "IGO", ["An OAS spokesperson"]),
        entity("United Democratic Party", "ORG", "BLZ", ["The opposition United Democratic Party"]),
        entity("Sarstoon Temash Institute for Indigenous Management", "ORG", "BLZ",
               ["The Sarstoon Temash Institute for Indigenous Management", "a Maya group that monitors the area",
                "its rangers"]),
        entity("Guatemalan Army", "ORG", "GTM", ["Guatemalan soldiers", "troops"]),
        entity("Guatemalan boy killed in the Chiquibul forest", "PER", "GTM", ["a 13-year-old Guatemalan boy"]),
        entity("Chiquibul forest", "LOC", "BLZ", ["the Chiquibul forest"]),
        entity("Government of the United States", "ORG", "USA", ["The United States", "Belize's main security partner"]),
        entity("Belize Coast Guard", "ORG", "BLZ", ["the Belize Coast Guard"]),
    ],
}

# ---------------------------------------------------------------- hm414-en-02 (Chile/Israel, FIDAE ban)
CHL_MOD = actor("Ministry of National Defense of Chile", "CHL", "GOV")
ISR_FIRMS = actor("Israeli defense companies", "ISR", "BUS")
ISR_MFA = actor("Ministry of Foreign Affairs of Israel", "ISR", "GOV")
CHL_GOV = actor("Government of Chile", "CHL", "GOV")
HAIAT = actor("Lior Haiat", "ISR", "GOV")
ARTZYELI = actor("Gil Artzyeli", "ISR", "GOV")
FERNANDEZ = actor("Maya Fernández", "CHL", "GOV")
BORIC = actor("Gabriel Boric", "CHL", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
CJCH = actor("Jewish Community of Chile", "CHL", "REL")
FEDPAL = actor("Palestinian Federation of Chile", "CHL", "NGO")
REPUBLICANS = actor("Republican Party (Chile)", "CHL", "LEG")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
ICC = actor("International Criminal Court", "IGO", "JUD")

C1 = ("SANTIAGO (Reuters) - Chile has barred Israeli companies from this year's FIDAE air and space fair, the "
      "defense ministry said on Friday, citing the war in Gaza.")
C2 = ("In a statement, the ministry said the decision had been taken in light of \"the humanitarian situation in "
      "Gaza\" and would not affect other exhibitors.")
C3 = "The fair, Latin America's largest aerospace show, opens at Santiago's international airport on Tuesday."
C4 = "Israel's Foreign Ministry condemned the move as discriminatory."
C5 = ("\"This is a shameful decision that plays into the hands of Hamas,\" ministry spokesman Lior Haiat wrote on "
      "X.")
C6 = "Israel's ambassador in Santiago, Gil Artzyeli, urged President Gabriel Boric's government to reverse the ban."
C7 = "Defense Minister Maya Fernández rejected the request, saying the decision was final."
C8 = ("Boric, an outspoken critic of Israel's offensive in Gaza, defended the decision during a visit to the southern "
      "city of Temuco.")
C9 = "He said weapons \"tested on Palestinian civilians\" had no place at a Chilean fair."
C10 = ("The Jewish Community of Chile called the ban \"a grave mistake\" and accused the government of importing a "
       "foreign conflict.")
C11 = ("The Palestinian Federation of Chile, which represents what is believed to be the largest Palestinian "
       "community outside the Arab world, welcomed the decision.")
C12 = ("Lawmakers of the opposition Republican Party demanded that Fernández appear before Congress to explain the "
       "ban.")
C13 = "Chile recalled its ambassador from Israel in November over the war in Gaza."
C14 = ("In January, Chile and Mexico asked the International Criminal Court to investigate possible crimes committed "
       "in Gaza.")
C15 = "Israel has denied committing war crimes in Gaza."
C16 = "More than 33,000 Palestinians have been killed in the war, according to Gaza health authorities."

EN02 = {
    "id": "hm414-en-02", "lang": "en", "url": None, "published": "2024-04-06",
    "title": "Chile bars Israeli firms from air show over Gaza war",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7], [C8, C9], [C10, C11, C12], [C13, C14, C15, C16]),
    "events": [
        event("SANCTION", CHL_MOD, ISR_FIRMS, C1, mode="discontinue", date="2024-04-05", location="Santiago",
              location_country="CHL"),
        event("ACCUSE", ISR_MFA, CHL_GOV, C4, mode="disapprove"),
        event("ACCUSE", HAIAT, CHL_GOV, C5, mode="disapprove"),
        event("REQUEST", ARTZYELI, CHL_GOV, C6, mode="change"),
        event("REJECT", FERNANDEZ, ARTZYELI, C7, mode="change"),
        event("SUPPORT", BORIC, CHL_MOD, C8, location="Temuco", location_country="CHL"),
        event("ACCUSE", BORIC, ISR_GOV, C9, mode="allege"),
        event("ACCUSE", CJCH, CHL_GOV, C10, mode="disapprove"),
        event("SUPPORT", FEDPAL, CHL_MOD, C11),
        event("REQUEST", REPUBLICANS, FERNANDEZ, C12),
        event("SANCTION", CHL_GOV, ISR_GOV, C13, mode="withdraw"),
        event("REQUEST", CHL_GOV, ICC, C14),
        event("REQUEST", MEX_GOV, ICC, C14),
    ],
    "quotes": [
        quote("Chile has barred Israeli companies from this year's FIDAE air and space fair",
              "Ministry of National Defense of Chile", "indirect"),
        quote("the humanitarian situation in Gaza", "Ministry of National Defense of Chile", "direct"),
        quote("the decision had been taken in light of \"the humanitarian situation in Gaza\" and would not affect "
              "other exhibitors", "Ministry of National Defense of Chile", "indirect"),
        quote("This is a shameful decision that plays into the hands of Hamas", "Lior Haiat", "direct"),
        quote("the decision was final", "Maya Fernández", "indirect"),
        quote("tested on Palestinian civilians", "Gabriel Boric", "direct"),
        quote("weapons \"tested on Palestinian civilians\" had no place at a Chilean fair", "Gabriel Boric",
              "indirect"),
        quote("a grave mistake", "Jewish Community of Chile", "direct"),
        quote("More than 33,000 Palestinians have been killed in the war", "Gaza Health Ministry", "indirect"),
    ],
    "entities": [
        entity("Santiago", "LOC", "CHL", ["SANTIAGO", "Santiago"]),
        entity("Government of Chile", "ORG", "CHL", ["Chile", "President Gabriel Boric's government",
                                                     "the government"]),
        entity("Chile", "LOC", "CHL", ["Chile"]),
        entity("Israeli defense companies", "ORG", "ISR", ["Israeli companies", "other exhibitors"]),
        entity("FIDAE", "MISC", "CHL", ["this year's FIDAE air and space fair", "The fair",
                                        "Latin America's largest aerospace show", "a Chilean fair"]),
        entity("Ministry of National Defense of Chile", "ORG", "CHL", ["the defense ministry", "the ministry"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Santiago International Airport", "LOC", "CHL", ["Santiago's international airport"]),
        entity("Ministry of Foreign Affairs of Israel", "ORG", "ISR", ["Israel's Foreign Ministry"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Lior Haiat", "PER", "ISR", ["ministry spokesman Lior Haiat"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Gil Artzyeli", "PER", "ISR", ["Israel's ambassador in Santiago, Gil Artzyeli"]),
        entity("Gabriel Boric", "PER", "CHL", ["President Gabriel Boric", "Boric", "He"]),
        entity("Maya Fernández", "PER", "CHL", ["Defense Minister Maya Fernández", "Fernández"]),
        entity("Government of Israel", "ORG", "ISR", ["Israel's", "Israel"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Temuco", "LOC", "CHL", ["the southern city of Temuco"]),
        entity("Palestinian civilians", "PER", "PSE", ["Palestinian civilians"]),
        entity("Jewish Community of Chile", "ORG", "CHL", ["The Jewish Community of Chile"]),
        entity("Palestinian Federation of Chile", "ORG", "CHL", ["The Palestinian Federation of Chile"]),
        entity("Republican Party (Chile)", "ORG", "CHL", ["Lawmakers of the opposition Republican Party"]),
        entity("National Congress of Chile", "ORG", "CHL", ["Congress"]),
        entity("Government of Mexico", "ORG", "MEX", ["Mexico"]),
        entity("International Criminal Court", "ORG", "IGO", ["the International Criminal Court"]),
        entity("Gaza Health Ministry", "ORG", "PSE", ["Gaza health authorities"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
