"""Round 372: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm372-de-01: Chile: the Constitutional Court removes Socialist senator Isabel Allende over the planned sale of her father Salvador Allende's house to the state; the opposition deputies' petition, Boric's admission of mistakes and Maya Fernández's resignation recalled, Allende and Vodanovic criticise the court, the plaintiffs welcome the ruling and ask prosecutors to investigate, Vallejo regrets it, the Communist Party backs Allende (2025-04-08).
- hm372-de-02: Honduras: unknown gunmen shoot environmental activist and Libre councillor Juan López in Tocoa; Castro condemns, orders a special police inquiry and demands the resignation of Tocoa mayor Adán Fúnez, whom López had accused of taking money from Los Cachiros, Fúnez refuses, the UN rights office and the IACHR object, Sánchez sends police to the Bajo Aguán, no arrests, march in Tocoa (2024-09-16).
- hm372-de-03: Argentina: the Senate overrides Milei's veto of the disability emergency law after the Chamber of Deputies; protest outside Congress, Mayans and Kicillof attack the government, Adorni accuses the opposition, Milei threatens to block further spending laws, disability organisations demand higher payments (2025-09-04).
- hm372-de-04: Brazil: police, the Receita Federal and São Paulo prosecutors raid some 350 sites in the "Carbono Oculto" operation against the PCC's infiltration of the fuel sector and Faria Lima fintechs; assets frozen, arrests, Haddad's comments, Lula thanks the investigators, Tarcísio accuses the federal government, the fuel industry institute welcomes the raid (2025-08-28).
- hm372-en-01: Costa Rica/United States: Washington revokes the visa of former president and Nobel laureate Oscar Arias after he compared Trump to a Roman emperor; Chaves respects the decision, the PLN condemns it and urges Chaves to seek an explanation, lawmaker Francisco Nicolás's visa revoked earlier, Chinchilla backs Arias, Rubio's February visit and the deportee deal recalled (2025-04-01).
- hm372-en-02: El Salvador: police arrest El Bosque cooperative leader José Ángel Pérez and lawyer Alejandro Henríquez after riot police stopped families facing eviction from marching to Bukele's home; Bukele blames NGOs and promises a solution, prosecutors charge both, Amnesty and Cristosal object and demand their release (2025-05-14).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm372-de-01 (Chile, Isabel Allende removed)
CHL_TC = actor("Constitutional Court of Chile", "CHL", "JUD")
I_ALLENDE = actor("Isabel Allende Bussi", "CHL", "LEG")
CHL_OPP_DEPUTIES = actor("opposition deputies who petitioned against Isabel Allende", "CHL", "OPP")
BORIC = actor("Gabriel Boric", "CHL", "GOV")
MAYA_FERNANDEZ = actor("Maya Fernández", "CHL", "GOV")
VODANOVIC = actor("Paulina Vodanovic", "CHL", "PTY")
CHL_PROSECUTORS = actor("Public Prosecutor's Office of Chile", "CHL", "JUD")
CHL_PC = actor("Communist Party of Chile", "CHL", "PTY")

A1 = ("Santiago de Chile (dpa) - Chiles Verfassungsgericht hat der sozialistischen Senatorin Isabel Allende, einer "
      "Tochter des früheren Präsidenten Salvador Allende, ihr Mandat entzogen.")
A2 = ("Die Richter gaben am Dienstag einer Klage von Abgeordneten der rechten Opposition statt, die der 80-Jährigen "
      "einen Verstoß gegen die Verfassung vorgeworfen hatten.")
A3 = ("Nach Auffassung der Mehrheit des Gerichts durfte Allende als Parlamentarierin keinen Kaufvertrag mit dem Staat "
      "abschließen.")
A4 = ("Die Regierung von Präsident Gabriel Boric wollte Ende Dezember das frühere Wohnhaus ihres Vaters in der Straße "
      "Guardia Vieja im Stadtteil Providencia für umgerechnet knapp eine Million Euro kaufen, um dort ein Museum "
      "einzurichten.")
A5 = ("Zu den Erbinnen gehörte neben der Senatorin auch ihre Nichte Maya Fernández, die damals Verteidigungsministerin "
      "war.")
A6 = "Nach heftiger Kritik wurde das Geschäft im Januar gestoppt."
A7 = "Boric räumte Fehler seiner Regierung ein, Fernández trat Anfang März als Ministerin zurück."
A8 = "Allende nannte das Urteil „unverhältnismäßig“."
A9 = ("„Ich wollte nie einen Peso an diesem Haus verdienen, es ging mir um das Andenken meines Vaters“, sagte sie vor "
      "Journalisten in Valparaíso, wo der Kongress seinen Sitz hat.")
A10 = ("Die Vorsitzende ihrer Sozialistischen Partei, Senatorin Paulina Vodanovic, warf den Richtern vor, mit "
       "zweierlei Maß zu messen.")
A11 = "Die Partei werde nun einen Nachfolger für den frei gewordenen Sitz bestimmen, kündigte sie an."
A12 = "Die Kläger feierten die Entscheidung als „Sieg des Rechtsstaats“."
A13 = "Sie forderten die Staatsanwaltschaft auf, auch die Rolle der Juristen im Präsidialamt zu untersuchen."
A14 = "Regierungssprecherin Camila Vallejo sagte, die Regierung respektiere das Urteil, auch wenn sie es bedauere."
A15 = "Die Kommunistische Partei, die der Regierungskoalition angehört, stellte sich hinter Allende."
A16 = ("Isabel Allende sitzt seit 2010 im Senat, zuvor war sie lange Abgeordnete und Präsidentin der "
       "Abgeordnetenkammer.")
A17 = ("Ihr Vater hatte sich 1973 während des Militärputsches von Augusto Pinochet im Präsidentenpalast das Leben "
       "genommen.")

DE01 = {
    "id": "hm372-de-01", "lang": "de", "url": None, "published": "2025-04-08",
    "title": "Chiles Verfassungsgericht setzt Senatorin Isabel Allende ab",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11], [A12, A13, A14, A15], [A16, A17]),
    "events": [
        event("COERCE", CHL_TC, I_ALLENDE, A1, mode="restrict"),
        event("COERCE", CHL_TC, I_ALLENDE, A2, mode="restrict", date="2025-04-08"),
        event("ACCUSE", CHL_OPP_DEPUTIES, I_ALLENDE, A2, mode="allege"),
        event("CONCEDE", BORIC, None, A7),
        event("RETREAT", MAYA_FERNANDEZ, None, A7, mode="resign"),
        event("ACCUSE", I_ALLENDE, CHL_TC, A8, mode="disapprove"),
        event("ACCUSE", VODANOVIC, CHL_TC, A10, mode="disapprove"),
        event("SUPPORT", CHL_OPP_DEPUTIES, CHL_TC, A12),
        event("REQUEST", CHL_OPP_DEPUTIES, CHL_PROSECUTORS, A13),
        event("SUPPORT", CHL_PC, I_ALLENDE, A15),
    ],
    "quotes": [
        quote("Nach Auffassung der Mehrheit des Gerichts durfte Allende als Parlamentarierin keinen Kaufvertrag mit "
              "dem Staat abschließen", "Constitutional Court of Chile", "indirect"),
        quote("unverhältnismäßig", "Isabel Allende Bussi", "direct"),
        quote("Ich wollte nie einen Peso an diesem Haus verdienen, es ging mir um das Andenken meines Vaters",
              "Isabel Allende Bussi", "direct"),
        quote("mit zweierlei Maß zu messen", "Paulina Vodanovic", "indirect"),
        quote("Die Partei werde nun einen Nachfolger für den frei gewordenen Sitz bestimmen", "Paulina Vodanovic",
              "indirect"),
        quote("Sieg des Rechtsstaats", "opposition deputies who petitioned against Isabel Allende", "direct"),
        quote("die Regierung respektiere das Urteil, auch wenn sie es bedauere", "Camila Vallejo", "indirect"),
    ],
    "entities": [
        entity("Santiago de Chile", "LOC", "CHL", ["Santiago de Chile"]),
        entity("Chile", "LOC", "CHL", ["Chiles"]),
        entity("Constitutional Court of Chile", "ORG", "CHL", ["Chiles Verfassungsgericht", "Die Richter",
                                                               "des Gerichts", "den Richtern"]),
        entity("Isabel Allende Bussi", "PER", "CHL", ["der sozialistischen Senatorin Isabel Allende, einer Tochter "
                                                      "des früheren Präsidenten Salvador Allende",
                                                      "der 80-Jährigen", "Allende", "der Senatorin",
                                                      "Isabel Allende"]),
        entity("Salvador Allende", "PER", "CHL", ["des früheren Präsidenten Salvador Allende", "ihres Vaters",
                                                  "meines Vaters", "Ihr Vater"]),
        entity("opposition deputies who petitioned against Isabel Allende", "PER", "CHL",
               ["Abgeordneten der rechten Opposition", "Die Kläger"]),
        entity("Government of Chile", "ORG", "CHL", ["Die Regierung von Präsident Gabriel Boric", "seiner Regierung",
                                                     "die Regierung"]),
        entity("Gabriel Boric", "PER", "CHL", ["Präsident Gabriel Boric", "Boric"]),
        entity("Guardia Vieja", "LOC", "CHL", ["der Straße Guardia Vieja"]),
        entity("Providencia", "LOC", "CHL", ["Stadtteil Providencia"]),
        entity("Maya Fernández", "PER", "CHL", ["ihre Nichte Maya Fernández", "Fernández"]),
        entity("Valparaíso", "LOC", "CHL", ["Valparaíso"]),
        entity("National Congress of Chile", "ORG", "CHL", ["der Kongress"]),
        entity("Socialist Party of Chile", "ORG", "CHL", ["ihrer Sozialistischen Partei", "Die Partei"]),
        entity("Paulina Vodanovic", "PER", "CHL", ["Senatorin Paulina Vodanovic"]),
        entity("Public Prosecutor's Office of Chile", "ORG", "CHL", ["die Staatsanwaltschaft"]),
        entity("Office of the President of Chile", "ORG", "CHL", ["Präsidialamt"]),
        entity("Camila Vallejo", "PER", "CHL", ["Regierungssprecherin Camila Vallejo"]),
        entity("Communist Party of Chile", "ORG", "CHL", ["Die Kommunistische Partei"]),
        entity("Senate of Chile", "ORG", "CHL", ["im Senat"]),
        entity("Chamber of Deputies of Chile", "ORG", "CHL", ["der Abgeordnetenkammer"]),
        entity("Augusto Pinochet", "PER", "CHL", ["Augusto Pinochet"]),
        entity("La Moneda", "LOC", "CHL", ["im Präsidentenpalast"]),
    ],
}

# ---------------------------------------------------------------- hm372-de-02 (Honduras, Juan López killed)
LOPEZ_KILLERS = actor("gunmen who killed Juan López", "HND", "CVL")
JUAN_LOPEZ = actor("Juan López", "HND", "PTY")
CASTRO = actor("Xiomara Castro", "HND", "GOV")
FUNEZ = actor("Adán Fúnez", "HND", "GOV")
OHCHR_HND = actor("UN Human Rights Office in Honduras", "UNO", "IGO")
IACHR = actor("Inter-American Commission on Human Rights", "IGO", "IGO")
HND_GOV = actor("Government of Honduras", "HND", "GOV")
G_SANCHEZ = actor("Gustavo Sánchez", "HND", "GOV")
HND_POLICE = actor("National Police of Honduras", "HND", "COP")
TOCOA_MARCHERS = actor("marchers in Tocoa", "HND", "CVL")

B1 = "Tegucigalpa (dpa) - In Honduras ist der Umweltschützer Juan López erschossen worden."
B2 = ("Unbekannte hätten am Samstagabend in der Stadt Tocoa im Norden des Landes mehrere Schüsse auf den 46-Jährigen "
      "abgegeben, als er nach einem Gottesdienst in sein Auto stieg, teilte die Polizei mit.")
B3 = "López starb noch am Tatort."
B4 = ("Der Gemeinderat der linken Regierungspartei Libre kämpfte seit Jahren gegen ein Eisenerzbergwerk im "
      "Nationalpark Carlos Escaleras, durch das Anwohner ihre Flüsse bedroht sehen.")
B5 = "Präsidentin Xiomara Castro verurteilte die Tat als „abscheuliches Verbrechen“."
B6 = "Sie ordnete an, dass eine Sondereinheit der Polizei die Ermittlungen übernimmt."
B7 = "Zugleich forderte Castro den Bürgermeister von Tocoa, Adán Fúnez, zum Rücktritt auf."
B8 = ("López hatte dem Lokalpolitiker, der ebenfalls Libre angehört, vorgeworfen, Geld vom Drogenkartell Los Cachiros "
      "angenommen zu haben, und seinen Rücktritt verlangt.")
B9 = "Fúnez wies die Vorwürfe zurück und lehnte einen Rücktritt ab."
B10 = "„Ich habe mit diesem Verbrechen nichts zu tun“, sagte er einem örtlichen Radiosender."
B11 = ("Das UN-Menschenrechtsbüro in Honduras verurteilte den Mord und verlangte eine unabhängige und gründliche "
       "Untersuchung.")
B12 = ("Die Interamerikanische Menschenrechtskommission warf dem honduranischen Staat vor, López trotz der von ihr "
       "angeordneten Schutzmaßnahmen nicht ausreichend geschützt zu haben.")
B13 = "Sicherheitsminister Gustavo Sánchez schickte am Sonntag zusätzliche Polizisten in die Region Bajo Aguán."
B14 = "Festnahmen gab es bis Montag nicht."
B15 = ("In Tocoa zogen am Sonntag mehrere Hundert Menschen mit Bildern des Getöteten durch die Straßen und forderten "
       "Gerechtigkeit.")
B16 = ("Im Bajo Aguán kommt es seit Jahrzehnten zu blutigen Landkonflikten zwischen Kleinbauern und "
       "Palmölunternehmen.")
B17 = ("Nach Angaben der Organisation Global Witness wurden im vergangenen Jahr in Honduras 18 Umweltschützer "
       "getötet.")

DE02 = {
    "id": "hm372-de-02", "lang": "de", "url": None, "published": "2024-09-16",
    "title": "Umweltschützer Juan López in Honduras erschossen",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8, B9, B10], [B11, B12], [B13, B14, B15], [B16, B17]),
    "events": [
        event("ASSAULT", LOPEZ_KILLERS, JUAN_LOPEZ, B1, mode="firearms", location_country="HND"),
        event("ASSAULT", LOPEZ_KILLERS, JUAN_LOPEZ, B2, mode="firearms", date="2024-09-14", location="Tocoa",
              location_country="HND"),
        event("ACCUSE", CASTRO, LOPEZ_KILLERS, B5, mode="disapprove"),
        event("ACCUSE", CASTRO, LOPEZ_KILLERS, B6, mode="investigate"),
        event("REQUEST", CASTRO, FUNEZ, B7, mode="change"),
        event("ACCUSE", JUAN_LOPEZ, FUNEZ, B8, mode="allege"),
        event("REQUEST", JUAN_LOPEZ, FUNEZ, B8, mode="change"),
        event("REJECT", FUNEZ, CASTRO, B9, mode="change"),
        event("ACCUSE", OHCHR_HND, LOPEZ_KILLERS, B11, mode="disapprove"),
        event("REQUEST", OHCHR_HND, None, B11),
        event("ACCUSE", IACHR, HND_GOV, B12, mode="disapprove"),
        event("MOBILIZE", G_SANCHEZ, None, B13, mode="police", date="2024-09-15", location="Bajo Aguán",
              location_country="HND"),
        event("COERCE", HND_POLICE, LOPEZ_KILLERS, B14, mode="arrest", negated=True),
        event("PROTEST", TOCOA_MARCHERS, None, B15, mode="demo", date="2024-09-15", location="Tocoa",
              location_country="HND"),
    ],
    "quotes": [
        quote("Unbekannte hätten am Samstagabend in der Stadt Tocoa im Norden des Landes mehrere Schüsse auf den "
              "46-Jährigen abgegeben, als er nach einem Gottesdienst in sein Auto stieg", "National Police of Honduras",
              "indirect"),
        quote("abscheuliches Verbrechen", "Xiomara Castro", "direct"),
        quote("Geld vom Drogenkartell Los Cachiros angenommen zu haben", "Juan López", "indirect"),
        quote("Ich habe mit diesem Verbrechen nichts zu tun", "Adán Fúnez", "direct"),
        quote("López trotz der von ihr angeordneten Schutzmaßnahmen nicht ausreichend geschützt zu haben",
              "Inter-American Commission on Human Rights", "indirect"),
        quote("Nach Angaben der Organisation Global Witness wurden im vergangenen Jahr in Honduras 18 Umweltschützer "
              "getötet", "Global Witness", "indirect"),
    ],
    "entities": [
        entity("Tegucigalpa", "LOC", "HND", ["Tegucigalpa"]),
        entity("Honduras", "LOC", "HND", ["Honduras", "des Landes"]),
        entity("Juan López", "PER", "HND", ["der Umweltschützer Juan López", "den 46-Jährigen", "López",
                                            "Der Gemeinderat der linken Regierungspartei Libre", "des Getöteten"]),
        entity("gunmen who killed Juan López", "PER", "HND", ["Unbekannte"]),
        entity("Tocoa", "LOC", "HND", ["der Stadt Tocoa", "Tocoa"]),
        entity("National Police of Honduras", "ORG", "HND", ["die Polizei", "eine Sondereinheit der Polizei"]),
        entity("Libertad y Refundación (Libre)", "ORG", "HND", ["der linken Regierungspartei Libre", "Libre"]),
        entity("Carlos Escaleras National Park", "LOC", "HND", ["Nationalpark Carlos Escaleras"]),
        entity("Xiomara Castro", "PER", "HND", ["Präsidentin Xiomara Castro", "Castro"]),
        entity("Adán Fúnez", "PER", "HND", ["den Bürgermeister von Tocoa, Adán Fúnez", "dem Lokalpolitiker", "Fúnez"]),
        entity("Los Cachiros", "ORG", "HND", ["Drogenkartell Los Cachiros"]),
        entity("UN Human Rights Office in Honduras", "ORG", "UNO", ["Das UN-Menschenrechtsbüro in Honduras"]),
        entity("Inter-American Commission on Human Rights", "ORG", "IGO",
               ["Die Interamerikanische Menschenrechtskommission"]),
        entity("Government of Honduras", "ORG", "HND", ["dem honduranischen Staat"]),
        entity("Gustavo Sánchez", "PER", "HND", ["Sicherheitsminister Gustavo Sánchez"]),
        entity("Bajo Aguán", "LOC", "HND", ["die Region Bajo Aguán", "Im Bajo Aguán"]),
        entity("marchers in Tocoa", "PER", "HND", ["mehrere Hundert Menschen"]),
        entity("Global Witness", "ORG", "NGO", ["der Organisation Global Witness"]),
    ],
}

# ---------------------------------------------------------------- hm372-de-03 (Argentina, disability veto overridden)
ARG_SENATE = actor("Senate of Argentina", "ARG", "LEG")
MILEI = actor("Javier Milei", "ARG", "GOV")
ARG_DEPUTIES = actor("Chamber of Deputies of Argentina", "ARG", "LEG")
ARG_CONGRESS = actor("National Congress of Argentina", "ARG", "LEG")
DISABILITY_PROTESTERS = actor("people with disabilities, relatives and therapists protesting outside Congress", "ARG",
                              "CVL")
MAYANS = actor("José Mayans", "ARG", "OPP")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
ADORNI = actor("Manuel Adorni", "ARG", "GOV")
ARG_OPP = actor("Argentine opposition", "ARG", "OPP")
KICILLOF = actor("Axel Kicillof", "ARG", "OPP")
DISABILITY_ORGS = actor("organisations of people with disabilities", "ARG", "NGO")

C1 = ("Buenos Aires (dpa) - Argentiniens Senat hat am Donnerstag mit 63 zu 7 Stimmen ein Veto von Präsident Javier "
      "Milei gegen ein Gesetz zur Unterstützung von Menschen mit Behinderungen aufgehoben.")
C2 = ("Damit tritt das Gesetz in Kraft, das einen Notstand im Behindertenbereich ausruft und höhere Zahlungen an "
      "Therapeuten, Pflegeeinrichtungen und Fahrdienste vorsieht.")
C3 = ("Das Abgeordnetenhaus hatte sich bereits am 20. August mit mehr als zwei Dritteln der Stimmen über das Veto "
      "hinweggesetzt.")
C4 = "Es ist das erste Mal seit mehr als zwei Jahrzehnten, dass der Kongress ein Veto eines Präsidenten zu Fall bringt."
C5 = ("Milei hatte das Gesetz Anfang August mit der Begründung gestoppt, es gefährde den ausgeglichenen Haushalt, das "
      "wichtigste Ziel seiner Wirtschaftspolitik.")
C6 = ("Vor dem Kongressgebäude demonstrierten während der Debatte Tausende Menschen mit Behinderungen, ihre "
      "Angehörigen und Therapeuten gegen das Veto.")
C7 = "Als das Ergebnis auf einer Großleinwand erschien, brach Jubel aus."
C8 = ("„Diese Regierung hat mit ihrem Veto gezeigt, dass ihr die Schwächsten egal sind“, sagte der Fraktionschef der "
      "Peronisten im Senat, José Mayans.")
C9 = ("Präsidentensprecher Manuel Adorni warf der Opposition vor, mit Blick auf die anstehenden Wahlen die "
      "Staatsfinanzen aufs Spiel zu setzen.")
C10 = "Die Regierung werde prüfen, wie das Gesetz ohne neue Schulden finanziert werden könne, sagte er."
C11 = ("Milei schrieb auf der Plattform X, er werde jedes weitere Ausgabengesetz ohne Finanzierung erneut "
       "blockieren.")
C12 = "Der Gouverneur der Provinz Buenos Aires, Axel Kicillof, sprach von einer „Niederlage der Grausamkeit“."
C13 = ("Verbände von Menschen mit Behinderungen forderten die Regierung auf, die Zahlungen an die Dienstleister nun "
       "umgehend zu erhöhen.")
C14 = ("Viele Einrichtungen klagen seit Monaten, dass die staatlichen Zahlungen mit der Inflation nicht Schritt "
       "halten.")
C15 = ("Zuletzt hatten Korruptionsvorwürfe rund um die staatliche Behindertenagentur Andis die Regierung zusätzlich "
       "unter Druck gesetzt.")
C16 = ("In der Provinz Buenos Aires wird am Sonntag ein neues Regionalparlament gewählt, Ende Oktober folgen "
       "landesweite Parlamentswahlen.")

DE03 = {
    "id": "hm372-de-03", "lang": "de", "url": None, "published": "2025-09-04",
    "title": "Argentiniens Senat kippt Mileis Veto gegen Behindertengesetz",
    "text": paragraphs([C1, C2, C3, C4, C5], [C6, C7, C8], [C9, C10, C11, C12], [C13, C14, C15, C16]),
    "events": [
        event("REJECT", ARG_SENATE, MILEI, C1, date="2025-09-04", location="Buenos Aires", location_country="ARG"),
        event("REJECT", ARG_DEPUTIES, MILEI, C3, date="2025-08-20"),
        event("REJECT", MILEI, ARG_CONGRESS, C5),
        event("PROTEST", DISABILITY_PROTESTERS, MILEI, C6, mode="demo", location="Buenos Aires",
              location_country="ARG"),
        event("ACCUSE", MAYANS, ARG_GOV, C8, mode="disapprove"),
        event("ACCUSE", ADORNI, ARG_OPP, C9, mode="disapprove"),
        event("THREATEN", MILEI, ARG_CONGRESS, C11),
        event("ACCUSE", KICILLOF, ARG_GOV, C12, mode="disapprove"),
        event("REQUEST", DISABILITY_ORGS, ARG_GOV, C13, mode="assist"),
    ],
    "quotes": [
        quote("es gefährde den ausgeglichenen Haushalt, das wichtigste Ziel seiner Wirtschaftspolitik", "Javier Milei",
              "indirect"),
        quote("Diese Regierung hat mit ihrem Veto gezeigt, dass ihr die Schwächsten egal sind", "José Mayans",
              "direct"),
        quote("mit Blick auf die anstehenden Wahlen die Staatsfinanzen aufs Spiel zu setzen", "Manuel Adorni",
              "indirect"),
        quote("Die Regierung werde prüfen, wie das Gesetz ohne neue Schulden finanziert werden könne", "Manuel Adorni",
              "indirect"),
        quote("er werde jedes weitere Ausgabengesetz ohne Finanzierung erneut blockieren", "Javier Milei", "indirect"),
        quote("Niederlage der Grausamkeit", "Axel Kicillof", "direct"),
        quote("dass die staatlichen Zahlungen mit der Inflation nicht Schritt halten", "disability care providers",
              "indirect"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires (dpa)"]),
        entity("Argentina", "LOC", "ARG", ["Argentiniens"]),
        entity("Senate of Argentina", "ORG", "ARG", ["Argentiniens Senat", "im Senat"]),
        entity("Javier Milei", "PER", "ARG", ["Präsident Javier Milei", "Milei"]),
        entity("Chamber of Deputies of Argentina", "ORG", "ARG", ["Das Abgeordnetenhaus"]),
        entity("National Congress of Argentina", "ORG", "ARG", ["der Kongress"]),
        entity("Palace of the Argentine National Congress", "LOC", "ARG", ["dem Kongressgebäude"]),
        entity("people with disabilities, relatives and therapists protesting outside Congress", "PER", "ARG",
               ["Tausende Menschen mit Behinderungen, ihre Angehörigen und Therapeuten"]),
        entity("Government of Argentina", "ORG", "ARG", ["Diese Regierung", "Die Regierung", "die Regierung"]),
        entity("Peronists", "ORG", "ARG", ["der Peronisten"]),
        entity("José Mayans", "PER", "ARG", ["der Fraktionschef der Peronisten im Senat, José Mayans"]),
        entity("Manuel Adorni", "PER", "ARG", ["Präsidentensprecher Manuel Adorni"]),
        entity("Argentine opposition", "ORG", "ARG", ["der Opposition"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Axel Kicillof", "PER", "ARG", ["Der Gouverneur der Provinz Buenos Aires, Axel Kicillof"]),
        entity("Buenos Aires Province", "LOC", "ARG", ["der Provinz Buenos Aires"]),
        entity("organisations of people with disabilities", "ORG", "ARG",
               ["Verbände von Menschen mit Behinderungen"]),
        entity("disability care providers", "ORG", "ARG", ["die Dienstleister", "Viele Einrichtungen"]),
        entity("National Disability Agency (Andis)", "ORG", "ARG", ["die staatliche Behindertenagentur Andis"]),
    ],
}

# ---------------------------------------------------------------- hm372-de-04 (Brazil, Carbono Oculto raids on the PCC)
BRA_AUTHORITIES = actor("Brazilian authorities", "BRA", "GOV")
PCC = actor("Primeiro Comando da Capital", "BRA", "REB")
BRA_FED_POLICE = actor("Federal Police of Brazil", "BRA", "COP")
RECEITA = actor("Receita Federal", "BRA", "GOV")
MPSP = actor("São Paulo State Public Prosecutor's Office", "BRA", "JUD")
BRA_COURT = actor("Brazilian court in the Carbono Oculto case", "BRA", "JUD")
CARBONO_SUSPECTS = actor("suspects in the Carbono Oculto investigation", "BRA", "CVL")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
TARCISIO = actor("Tarcísio de Freitas", "BRA", "OPP")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
ICL = actor("Instituto Combustível Legal", "BRA", "BUS")

D1 = ("São Paulo (dpa) - Mit einer der größten Razzien ihrer Geschichte sind die brasilianischen Behörden gegen die "
      "Unterwanderung der Treibstoffbranche durch das Verbrechersyndikat PCC vorgegangen.")
D2 = ("Rund 1400 Einsatzkräfte der Bundespolizei, der Steuerbehörde Receita Federal und der Staatsanwaltschaft von "
      "São Paulo durchsuchten am Donnerstag etwa 350 Wohnungen, Büros und Firmensitze in acht Bundesstaaten.")
D3 = ("Nach Angaben der Receita Federal kontrollierte das Primeiro Comando da Capital über Strohleute Importfirmen, "
      "Großhändler und rund 1000 Tankstellen.")
D4 = ("Die Gewinne seien über Finanz-Start-ups und Investmentfonds im Bankenviertel an der Avenida Faria Lima "
      "gewaschen worden, teilte die Behörde mit.")
D5 = "Zwischen 2020 und 2024 sollen so umgerechnet mehr als acht Milliarden Euro bewegt worden sein."
D6 = "Ein Gericht ließ Konten und Vermögenswerte der Verdächtigen sperren."
D7 = "Mehrere Verdächtige wurden festgenommen, nach weiteren wird gefahndet."
D8 = ("Finanzminister Fernando Haddad sprach von der „größten Operation gegen das organisierte Verbrechen“ in der "
      "Geschichte des Landes.")
D9 = "Das Verbrechen sei in das Herz des Finanzsystems vorgedrungen, sagte Haddad in Brasília."
D10 = ("Präsident Luiz Inácio Lula da Silva dankte der Bundespolizei und der Receita Federal und kündigte eine "
       "strengere Aufsicht über digitale Finanzdienstleister an.")
D11 = ("São Paulos Gouverneur Tarcísio de Freitas, der als möglicher Herausforderer Lulas bei der Präsidentenwahl 2026 "
       "gilt, warf der Bundesregierung vor, sich mit der Arbeit der Staatsanwaltschaft seines Bundesstaats zu "
       "schmücken.")
D12 = ("Der Branchenverband Instituto Combustível Legal begrüßte die Razzia und forderte härtere Strafen für "
       "Steuerbetrug im Kraftstoffhandel.")
D13 = ("Der PCC entstand 1993 in einem Gefängnis in São Paulo und gilt heute als größte kriminelle Organisation "
       "Lateinamerikas.")
D14 = "Die Gruppe kontrolliert große Teile des Kokainschmuggels über die Häfen des Landes nach Europa."
D15 = "Eine der betroffenen Vertriebsfirmen wies in einer Mitteilung jede Verbindung zu kriminellen Gruppen zurück."

DE04 = {
    "id": "hm372-de-04", "lang": "de", "url": None, "published": "2025-08-28",
    "title": "Großrazzia gegen das PCC in Brasiliens Treibstoffbranche",
    "text": paragraphs([D1, D2], [D3, D4, D5], [D6, D7], [D8, D9, D10, D11], [D12], [D13, D14, D15]),
    "events": [
        event("COERCE", BRA_AUTHORITIES, PCC, D1, mode="seize", location_country="BRA"),
        event("COERCE", BRA_FED_POLICE, PCC, D2, mode="seize", date="2025-08-28", location_country="BRA"),
        event("COERCE", RECEITA, PCC, D2, mode="seize", date="2025-08-28", location_country="BRA"),
        event("COERCE", MPSP, PCC, D2, mode="seize", date="2025-08-28", location_country="BRA"),
        event("ACCUSE", RECEITA, PCC, D3, mode="allege"),
        event("ACCUSE", RECEITA, PCC, D4, mode="allege"),
        event("SANCTION", BRA_COURT, CARBONO_SUSPECTS, D6),
        event("COERCE", BRA_FED_POLICE, CARBONO_SUSPECTS, D7, mode="arrest"),
        event("SUPPORT", LULA, BRA_FED_POLICE, D10),
        event("SUPPORT", LULA, RECEITA, D10),
        event("ACCUSE", TARCISIO, BRA_GOV, D11, mode="disapprove"),
        event("SUPPORT", ICL, BRA_AUTHORITIES, D12),
        event("REQUEST", ICL, None, D12, mode="change"),
    ],
    "quotes": [
        quote("Nach Angaben der Receita Federal kontrollierte das Primeiro Comando da Capital über Strohleute "
              "Importfirmen, Großhändler und rund 1000 Tankstellen", "Receita Federal", "indirect"),
        quote("Die Gewinne seien über Finanz-Start-ups und Investmentfonds im Bankenviertel an der Avenida Faria Lima "
              "gewaschen worden", "Receita Federal", "indirect"),
        quote("größten Operation gegen das organisierte Verbrechen", "Fernando Haddad", "direct"),
        quote("Das Verbrechen sei in das Herz des Finanzsystems vorgedrungen", "Fernando Haddad", "indirect"),
        quote("sich mit der Arbeit der Staatsanwaltschaft seines Bundesstaats zu schmücken", "Tarcísio de Freitas",
              "indirect"),
    ],
    "entities": [
        entity("São Paulo", "LOC", "BRA", ["São Paulo (dpa)", "einem Gefängnis in São Paulo"]),
        entity("São Paulo (state)", "LOC", "BRA", ["São Paulos", "seines Bundesstaats"]),
        entity("Brazilian authorities", "ORG", "BRA", ["die brasilianischen Behörden"]),
        entity("Primeiro Comando da Capital", "ORG", "BRA", ["das Verbrechersyndikat PCC",
                                                             "das Primeiro Comando da Capital", "Der PCC",
                                                             "Die Gruppe"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["der Bundespolizei"]),
        entity("Receita Federal", "ORG", "BRA", ["der Steuerbehörde Receita Federal", "der Receita Federal",
                                                 "die Behörde"]),
        entity("São Paulo State Public Prosecutor's Office", "ORG", "BRA",
               ["der Staatsanwaltschaft von São Paulo", "der Staatsanwaltschaft seines Bundesstaats"]),
        entity("Avenida Faria Lima", "LOC", "BRA", ["der Avenida Faria Lima"]),
        entity("Brazilian court in the Carbono Oculto case", "ORG", "BRA", ["Ein Gericht"]),
        entity("suspects in the Carbono Oculto investigation", "PER", "BRA", ["der Verdächtigen",
                                                                              "Mehrere Verdächtige"]),
        entity("Fernando Haddad", "PER", "BRA", ["Finanzminister Fernando Haddad", "Haddad"]),
        entity("Brazil", "LOC", "BRA", ["des Landes"]),
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva", "Lulas"]),
        entity("Tarcísio de Freitas", "PER", "BRA", ["São Paulos Gouverneur Tarcísio de Freitas"]),
        entity("Government of Brazil", "ORG", "BRA", ["der Bundesregierung"]),
        entity("Instituto Combustível Legal", "ORG", "BRA", ["Der Branchenverband Instituto Combustível Legal"]),
        entity("Latin America", "LOC", None, ["Lateinamerikas"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("fuel distribution company targeted in the raids", "ORG", "BRA",
               ["Eine der betroffenen Vertriebsfirmen"]),
    ],
}

# ---------------------------------------------------------------- hm372-en-01 (Costa Rica/US, Oscar Arias's visa revoked)
US_GOV = actor("Government of the United States", "USA", "GOV")
ARIAS = actor("Óscar Arias", "CRI", "OPP")
TRUMP = actor("Donald Trump", "USA", "GOV")
CRI_GOV = actor("Government of Costa Rica", "CRI", "GOV")
CHAVES = actor("Rodrigo Chaves", "CRI", "GOV")
PLN = actor("National Liberation Party (Costa Rica)", "CRI", "PTY")
NICOLAS = actor("Francisco Nicolás", "CRI", "LEG")
CHINCHILLA = actor("Laura Chinchilla", "CRI", "OPP")
RUBIO = actor("Marco Rubio", "USA", "GOV")

E1 = ("SAN JOSE, April 1 (Reuters) - The United States has revoked the visa of former Costa Rican President Oscar "
      "Arias, the Nobel Peace Prize laureate said on Tuesday, weeks after he publicly criticized U.S. President Donald "
      "Trump.")
E2 = ("Arias, 84, told reporters at his home in the capital that he had received an email from the U.S. embassy "
      "notifying him of the decision, without giving a reason.")
E3 = "\"I don't know the reasons, but I can imagine them,\" he said."
E4 = ("In February, Arias wrote on social media that Trump was acting like \"a Roman emperor\" telling other countries "
      "what to do.")
E5 = "He also accused the government of President Rodrigo Chaves of bowing to Washington's demands."
E6 = "The U.S. embassy in San Jose declined to comment, saying visa records are confidential under U.S. law."
E7 = ("Chaves told his weekly news conference that his government had not been informed in advance and respected the "
      "U.S. decision.")
E8 = "\"Every country decides who enters its territory,\" he said."
E9 = ("Arias's National Liberation Party, the largest group in Congress, condemned the move as an attempt to silence a "
      "critic and urged Chaves to seek an explanation from Washington.")
E10 = ("Last month Washington also revoked the visa of the party's lawmaker Francisco Nicolas, who said he had not been "
       "told why either.")
E11 = "Former President Laura Chinchilla, who served as Arias's vice president, expressed solidarity with him on X."
E12 = ("Arias won the Nobel Peace Prize in 1987 for his efforts to end Central America's civil wars and served as "
       "president from 1986 to 1990 and again from 2006 to 2010.")
E13 = ("U.S. Secretary of State Marco Rubio visited San Jose in February on a Central American tour focused on "
       "migration and China's influence in the region.")
E14 = ("Weeks later, Costa Rica agreed to take in 200 migrants deported from the United States, most of them from "
       "Central Asia and India.")
E15 = ("Costa Rican media have speculated that the revocation could be linked to Arias's criticism of Trump or to his "
       "long-standing ties with China.")
E16 = "Arias said he had no plans to travel to the United States and would not stop speaking out."
E17 = "\"I will keep saying what I think, as I have all my life,\" he said."

EN01 = {
    "id": "hm372-en-01", "lang": "en", "url": None, "published": "2025-04-01",
    "title": "U.S. revokes visa of Costa Rica's Nobel laureate Oscar Arias",
    "text": paragraphs([E1, E2, E3], [E4, E5], [E6, E7, E8], [E9, E10, E11], [E12, E13, E14, E15], [E16, E17]),
    "events": [
        event("SANCTION", US_GOV, ARIAS, E1),
        event("ACCUSE", ARIAS, TRUMP, E4, mode="disapprove"),
        event("ACCUSE", ARIAS, CRI_GOV, E5, mode="disapprove"),
        event("ACCUSE", PLN, US_GOV, E9, mode="disapprove"),
        event("REQUEST", PLN, CHAVES, E9),
        event("SANCTION", US_GOV, NICOLAS, E10),
        event("SUPPORT", CHINCHILLA, ARIAS, E11),
        event("CONSULT", RUBIO, CRI_GOV, E13, mode="visit", location="San José", location_country="CRI"),
        event("AGREE", CRI_GOV, US_GOV, E14),
    ],
    "quotes": [
        quote("The United States has revoked the visa of former Costa Rican President Oscar Arias", "Óscar Arias",
              "indirect"),
        quote("he had received an email from the U.S. embassy notifying him of the decision, without giving a reason",
              "Óscar Arias", "indirect"),
        quote("I don't know the reasons, but I can imagine them", "Óscar Arias", "direct"),
        quote("a Roman emperor", "Óscar Arias", "direct"),
        quote("Trump was acting like \"a Roman emperor\" telling other countries what to do", "Óscar Arias",
              "indirect"),
        quote("visa records are confidential under U.S. law", "Embassy of the United States in San José", "indirect"),
        quote("his government had not been informed in advance and respected the U.S. decision", "Rodrigo Chaves",
              "indirect"),
        quote("Every country decides who enters its territory", "Rodrigo Chaves", "direct"),
        quote("he had not been told why either", "Francisco Nicolás", "indirect"),
        quote("the revocation could be linked to Arias's criticism of Trump or to his long-standing ties with China",
              "Costa Rican media", "indirect"),
        quote("he had no plans to travel to the United States and would not stop speaking out", "Óscar Arias",
              "indirect"),
        quote("I will keep saying what I think, as I have all my life", "Óscar Arias", "direct"),
    ],
    "entities": [
        entity("San José", "LOC", "CRI", ["SAN JOSE", "the capital", "San Jose"]),
        entity("United States", "LOC", "USA", ["The United States", "the United States"]),
        entity("Government of the United States", "ORG", "USA", ["Washington's", "Washington"]),
        entity("Óscar Arias", "PER", "CRI", ["former Costa Rican President Oscar Arias", "the Nobel Peace Prize laureate",
                                            "Arias", "Arias's"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Trump"]),
        entity("Embassy of the United States in San José", "ORG", "USA", ["the U.S. embassy",
                                                                          "The U.S. embassy in San Jose"]),
        entity("Government of Costa Rica", "ORG", "CRI", ["the government of President Rodrigo Chaves",
                                                          "his government", "Costa Rica"]),
        entity("Rodrigo Chaves", "PER", "CRI", ["President Rodrigo Chaves", "Chaves"]),
        entity("National Liberation Party (Costa Rica)", "ORG", "CRI", ["Arias's National Liberation Party",
                                                                        "the party's"]),
        entity("Legislative Assembly of Costa Rica", "ORG", "CRI", ["Congress"]),
        entity("Francisco Nicolás", "PER", "CRI", ["the party's lawmaker Francisco Nicolas"]),
        entity("Laura Chinchilla", "PER", "CRI", ["Former President Laura Chinchilla"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Central America", "LOC", None, ["Central America's", "Central American"]),
        entity("Marco Rubio", "PER", "USA", ["U.S. Secretary of State Marco Rubio"]),
        entity("Central Asia", "LOC", None, ["Central Asia"]),
        entity("India", "LOC", "IND", ["India"]),
        entity("China", "LOC", "CHN", ["China's", "China"]),
        entity("Costa Rican media", "ORG", "CRI", ["Costa Rican media"]),
    ],
}

# ---------------------------------------------------------------- hm372-en-02 (El Salvador, El Bosque cooperative arrests)
SLV_POLICE = actor("National Civil Police of El Salvador", "SLV", "COP")
PEREZ = actor("José Ángel Pérez", "SLV", "CVL")
HENRIQUEZ = actor("Alejandro Henríquez", "SLV", "CVL")
HENRIQUEZ_RELATIVES = actor("relatives of Alejandro Henríquez", "SLV", "CVL")
EL_BOSQUE = actor("members of the El Bosque cooperative", "SLV", "CVL")
BUKELE = actor("Nayib Bukele", "SLV", "GOV")
SLV_NGOS = actor("nongovernmental organizations in El Salvador", "SLV", "NGO")
SLV_AG = actor("Attorney General's Office of El Salvador", "SLV", "JUD")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
SLV_GOV = actor("Government of El Salvador", "SLV", "GOV")
PIQUER = actor("Ana Piquer", "NGO", "NGO")
CRISTOSAL = actor("Cristosal", "SLV", "NGO")

F1 = ("SAN SALVADOR, El Salvador (AP) — Salvadoran police have arrested the leader of a farming cooperative and a "
      "lawyer who advised it, a day after hundreds of families facing eviction tried to march to President Nayib "
      "Bukele's private residence.")
F2 = ("José Ángel Pérez, the president of the El Bosque cooperative and an evangelical pastor, was detained Tuesday in "
      "Santa Tecla, just west of the capital, the National Civil Police said on X.")
F3 = "Police accused him of public disorder and resisting authority."
F4 = ("Hours later, officers arrested Alejandro Henríquez, an environmental lawyer who has represented the cooperative, "
      "at his home.")
F5 = "His relatives said he was taken without a warrant."
F6 = ("On Monday, riot police with shields blocked about 300 cooperative members on the Pan-American Highway as they "
      "tried to reach Bukele's home to ask him to halt their eviction.")
F7 = ("The families say they have farmed the land for decades and now face eviction after a court ruled against them "
      "in a dispute over a debt.")
F8 = ("Bukele wrote on X that nongovernmental organizations and \"the usual suspects\" had manipulated the families in "
      "order to provoke a confrontation with police.")
F9 = "He said he had already instructed officials to look for a solution for the families."
F10 = ("The Attorney General's Office said both men would be brought before a judge within 72 hours on charges of "
       "public disorder.")
F11 = ("Amnesty International called the arrests \"a clear message of intimidation\" and demanded the immediate "
       "release of both men.")
F12 = "\"Peacefully asking for help is not a crime,\" said Ana Piquer, the group's Americas director."
F13 = ("Cristosal, a Salvadoran human rights group, said the arrests showed that the government was treating ordinary "
       "citizens who protest as enemies.")
F14 = ("Bukele, who remains hugely popular for his crackdown on gangs, has governed since March 2022 under a state of "
       "exception that suspends some constitutional rights and has led to more than 85,000 arrests.")

EN02 = {
    "id": "hm372-en-02", "lang": "en", "url": None, "published": "2025-05-14",
    "title": "El Salvador arrests cooperative leader and lawyer after march to Bukele's home",
    "text": paragraphs([F1], [F2, F3], [F4, F5], [F6, F7], [F8, F9], [F10], [F11, F12, F13], [F14]),
    "events": [
        event("COERCE", SLV_POLICE, PEREZ, F1, mode="arrest", location_country="SLV"),
        event("COERCE", SLV_POLICE, HENRIQUEZ, F1, mode="arrest", location_country="SLV"),
        event("COERCE", SLV_POLICE, PEREZ, F2, mode="arrest", date="2025-05-13", location="Santa Tecla",
              location_country="SLV"),
        event("ACCUSE", SLV_POLICE, PEREZ, F3, mode="allege"),
        event("COERCE", SLV_POLICE, HENRIQUEZ, F4, mode="arrest", date="2025-05-13", location_country="SLV"),
        event("ACCUSE", HENRIQUEZ_RELATIVES, SLV_POLICE, F5, mode="allege"),
        event("COERCE", SLV_POLICE, EL_BOSQUE, F6, mode="restrict", date="2025-05-12",
              location="Pan-American Highway", location_country="SLV"),
        event("PROTEST", EL_BOSQUE, BUKELE, F6, mode="demo", date="2025-05-12", location="Pan-American Highway",
              location_country="SLV"),
        event("ACCUSE", BUKELE, SLV_NGOS, F8, mode="allege"),
        event("AGREE", BUKELE, EL_BOSQUE, F9),
        event("ACCUSE", SLV_AG, PEREZ, F10, mode="allege"),
        event("ACCUSE", SLV_AG, HENRIQUEZ, F10, mode="allege"),
        event("ACCUSE", AMNESTY, SLV_GOV, F11, mode="disapprove"),
        event("REQUEST", AMNESTY, SLV_GOV, F11, mode="yield"),
        event("ACCUSE", PIQUER, SLV_GOV, F12, mode="disapprove"),
        event("ACCUSE", CRISTOSAL, SLV_GOV, F13, mode="disapprove"),
    ],
    "quotes": [
        quote("José Ángel Pérez, the president of the El Bosque cooperative and an evangelical pastor, was detained "
              "Tuesday in Santa Tecla, just west of the capital", "National Civil Police of El Salvador", "indirect"),
        quote("he was taken without a warrant", "relatives of Alejandro Henríquez", "indirect"),
        quote("they have farmed the land for decades and now face eviction after a court ruled against them in a "
              "dispute over a debt", "members of the El Bosque cooperative", "indirect"),
        quote("the usual suspects", "Nayib Bukele", "direct"),
        quote("nongovernmental organizations and \"the usual suspects\" had manipulated the families in order to "
              "provoke a confrontation with police", "Nayib Bukele", "indirect"),
        quote("he had already instructed officials to look for a solution for the families", "Nayib Bukele",
              "indirect"),
        quote("both men would be brought before a judge within 72 hours on charges of public disorder",
              "Attorney General's Office of El Salvador", "indirect"),
        quote("a clear message of intimidation", "Amnesty International", "direct"),
        quote("Peacefully asking for help is not a crime", "Ana Piquer", "direct"),
        quote("the arrests showed that the government was treating ordinary citizens who protest as enemies",
              "Cristosal", "indirect"),
    ],
    "entities": [
        entity("San Salvador", "LOC", "SLV", ["SAN SALVADOR", "the capital"]),
        entity("El Salvador", "LOC", "SLV", ["El Salvador"]),
        entity("National Civil Police of El Salvador", "ORG", "SLV", ["Salvadoran police", "the National Civil Police",
                                                                      "Police", "officers", "riot police",
                                                                      "police"]),
        entity("José Ángel Pérez", "PER", "SLV", ["the leader of a farming cooperative",
                                                  "José Ángel Pérez, the president of the El Bosque cooperative and "
                                                  "an evangelical pastor", "him"]),
        entity("Alejandro Henríquez", "PER", "SLV", ["a lawyer who advised it",
                                                     "Alejandro Henríquez, an environmental lawyer who has "
                                                     "represented the cooperative"]),
        entity("El Bosque cooperative", "ORG", "SLV", ["a farming cooperative", "the El Bosque cooperative",
                                                       "the cooperative"]),
        entity("members of the El Bosque cooperative", "PER", "SLV", ["hundreds of families facing eviction",
                                                                      "about 300 cooperative members",
                                                                      "The families", "the families"]),
        entity("Nayib Bukele", "PER", "SLV", ["President Nayib Bukele", "Bukele", "Bukele's"]),
        entity("Santa Tecla", "LOC", "SLV", ["Santa Tecla"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("relatives of Alejandro Henríquez", "PER", "SLV", ["His relatives"]),
        entity("Pan-American Highway", "LOC", "SLV", ["the Pan-American Highway"]),
        entity("nongovernmental organizations in El Salvador", "ORG", "SLV", ["nongovernmental organizations"]),
        entity("Attorney General's Office of El Salvador", "ORG", "SLV", ["The Attorney General's Office"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "the group's"]),
        entity("Ana Piquer", "PER", "NGO", ["Ana Piquer, the group's Americas director"]),
        entity("Cristosal", "ORG", "SLV", ["Cristosal, a Salvadoran human rights group"]),
        entity("Government of El Salvador", "ORG", "SLV", ["the government"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
