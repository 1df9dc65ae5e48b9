"""Round 486: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm486-de-01: Honduras/United States: Xiomara Castro threatens to end military cooperation and questions the US presence at Soto Cano if Trump carries out mass deportations; Reina offers talks and says no termination of the basing deal is planned, Zambrano accuses Castro, Cohep urges diplomacy, the August extradition-treaty termination and Dogu's criticism of Zelaya's meeting with Padrino López recalled (2025-01-02).
- hm486-de-02: Nicaragua: the National Assembly dissolves the Nicaraguan Red Cross and hands its assets to the health ministry; lawmakers accuse it over the 2018 protests, the Red Cross denies bias, the IFRC objects and appeals, the State Department accuses the government, Murillo accuses Washington, police outside the headquarters without arrests, the February deportation of 222 prisoners and Bishop Álvarez's sentence recalled (2023-05-11).
- hm486-de-03: Chile: some 600 soldiers start patrolling the northern border under the new constitutional amendment; Boric meets Colchane's mayor and Aymara representatives and promises to respect migrants' rights, Kast accuses the government and demands a trench, Tohá refuses, Bolivia's foreign ministry demands consultation, Santiago and La Paz agree talks in Arica, UNHCR appeal, no arrests by soldiers (2023-02-27).
- hm486-de-04: Mexico: the Senate approves the constitutional reform placing the National Guard under the defence ministry; PAN and PRI senators walk out, Téllez accuses Morena, relatives of the disappeared and activists protest, López Obrador praises the vote, Sheinbaum's assurance, the UN human rights office objects, Amnesty appeals to the state legislatures, the army denies abuse charges (2024-09-25).
- hm486-en-01: Peru: suspected Shining Path rebels kill seven police officers in an ambush near Natividad in the VRAEM; Boluarte condemns and vows to hunt them down, police reinforcements and a military operation, officials blame the Militarized Communist Party of Peru, a rebel pamphlet warns residents, the emergency is extended, Popular Renewal accuses the government, relatives demand better equipment (2023-02-18).
- hm486-en-02: Colombia/Venezuela: Petro's government and the Segunda Marquetalia open peace talks in Caracas with Venezuela and Cuba as guarantors; Iván Márquez stays away and asks for a bilateral ceasefire, Velásquez refuses, military intelligence and ombudsman Camargo accuse the group, which denies recruiting children, Paloma Valencia attacks Petro (2024-06-29).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm486-de-01 (Honduras/US, Soto Cano threat)
CASTRO = actor("Xiomara Castro", "HND", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
US_MIGRANTS = actor("undocumented migrants in the United States", "USA", "CVL")
REINA = actor("Enrique Reina", "HND", "GOV")
HND_GOV = actor("Government of Honduras", "HND", "GOV")
ZAMBRANO = actor("Tomás Zambrano", "HND", "OPP")
COHEP = actor("Honduran Private Enterprise Council", "HND", "BUS")
DOGU = actor("Laura Dogu", "USA", "GOV")
ZELAYA = actor("José Manuel Zelaya", "HND", "GOV")
PADRINO = actor("Vladimir Padrino López", "VEN", "GOV")

H1 = ("Tegucigalpa (dpa) - Honduras' Präsidentin Xiomara Castro hat den USA mit einem Ende der militärischen "
      "Zusammenarbeit gedroht, falls die künftige Regierung von Donald Trump massenhaft Honduraner abschiebt.")
H2 = ("„Angesichts einer feindseligen Haltung der massenhaften Vertreibung unserer Brüder müssten wir eine Änderung "
      "unserer Politik der Zusammenarbeit mit den Vereinigten Staaten erwägen“, sagte die linksgerichtete Staatschefin "
      "am Mittwochabend in einer Fernsehansprache.")
H3 = ("Ohne jede Gegenleistung verlören die US-Militärstützpunkte in Honduras dann ihre Daseinsberechtigung, fügte "
      "sie hinzu.")
H4 = ("Die USA unterhalten seit den 1980er Jahren auf dem Luftwaffenstützpunkt Soto Cano, auch Palmerola genannt, "
      "nordwestlich der Hauptstadt eine Einheit mit mehreren Hundert Soldaten.")
H5 = ("Von dort aus werden unter anderem Einsätze gegen den Drogenhandel und Hilfsflüge nach Naturkatastrophen in "
      "Mittelamerika koordiniert.")
H6 = ("Trump hat angekündigt, nach seinem Amtsantritt am 20. Januar Millionen Migranten ohne Aufenthaltspapiere "
      "abzuschieben.")
H7 = "In den USA leben Schätzungen zufolge rund 600.000 Honduraner ohne gültige Papiere."
H8 = ("Ihre Überweisungen in die Heimat machen etwa ein Viertel der Wirtschaftsleistung des mittelamerikanischen "
      "Landes aus.")
H9 = ("Außenminister Enrique Reina sagte, Honduras suche keinen Konflikt mit Washington und biete dem Team des "
      "künftigen Präsidenten Gespräche über die Migration an.")
H10 = "Eine Kündigung des Stationierungsabkommens sei derzeit nicht geplant."
H11 = ("Der Fraktionschef der oppositionellen Nationalen Partei, Tomás Zambrano, warf Castro vor, die Beziehungen zum "
       "wichtigsten Handelspartner des Landes leichtfertig aufs Spiel zu setzen.")
H12 = "Der Unternehmerverband Cohep forderte die Regierung auf, den Streit auf diplomatischem Weg beizulegen."
H13 = "Die US-Botschaft in Tegucigalpa äußerte sich zunächst nicht."
H14 = "Castro hatte bereits Ende August die Kündigung des Auslieferungsvertrags mit den USA angeordnet."
H15 = ("Zuvor hatte US-Botschafterin Laura Dogu ein Treffen des damaligen honduranischen Verteidigungsministers José "
       "Manuel Zelaya mit seinem venezolanischen Amtskollegen Vladimir Padrino López in Caracas kritisiert.")
H16 = "Honduras gehört zu den ärmsten Ländern Lateinamerikas."

DE01 = {
    "id": "hm486-de-01", "lang": "de", "url": None, "published": "2025-01-02",
    "title": "Honduras droht USA mit Ende der Militärkooperation",
    "text": paragraphs([H1, H2, H3], [H4, H5], [H6, H7, H8], [H9, H10, H11, H12, H13], [H14, H15, H16]),
    "events": [
        event("THREATEN", CASTRO, USA_GOV, H1),
        event("THREATEN", CASTRO, USA_GOV, H2, date="2025-01-01"),
        event("THREATEN", CASTRO, USA_GOV, H3),
        event("THREATEN", TRUMP, US_MIGRANTS, H6, mode="expel"),
        event("AGREE", REINA, USA_GOV, H9),
        event("SANCTION", HND_GOV, USA_GOV, H10, mode="discontinue", negated=True),
        event("ACCUSE", ZAMBRANO, CASTRO, H11, mode="disapprove"),
        event("REQUEST", COHEP, HND_GOV, H12),
        event("SANCTION", CASTRO, USA_GOV, H14, mode="discontinue"),
        event("ACCUSE", DOGU, ZELAYA, H15, mode="disapprove"),
        event("CONSULT", ZELAYA, PADRINO, H15, mode="visit", location="Caracas", location_country="VEN"),
    ],
    "quotes": [
        quote("Angesichts einer feindseligen Haltung der massenhaften Vertreibung unserer Brüder müssten wir eine "
              "Änderung unserer Politik der Zusammenarbeit mit den Vereinigten Staaten erwägen", "Xiomara Castro",
              "direct"),
        quote("Ohne jede Gegenleistung verlören die US-Militärstützpunkte in Honduras dann ihre Daseinsberechtigung",
              "Xiomara Castro", "indirect"),
        quote("nach seinem Amtsantritt am 20. Januar Millionen Migranten ohne Aufenthaltspapiere abzuschieben",
              "Donald Trump", "indirect"),
        quote("Honduras suche keinen Konflikt mit Washington und biete dem Team des künftigen Präsidenten Gespräche "
              "über die Migration an", "Enrique Reina", "indirect"),
        quote("Eine Kündigung des Stationierungsabkommens sei derzeit nicht geplant", "Enrique Reina", "indirect"),
        quote("die Beziehungen zum wichtigsten Handelspartner des Landes leichtfertig aufs Spiel zu setzen",
              "Tomás Zambrano", "indirect"),
    ],
    "entities": [
        entity("Tegucigalpa", "LOC", "HND", ["Tegucigalpa", "der Hauptstadt"]),
        entity("Honduras", "LOC", "HND", ["Honduras'", "Honduras", "des Landes", "die Heimat",
                                          "des mittelamerikanischen Landes"]),
        entity("Xiomara Castro", "PER", "HND", ["Honduras' Präsidentin Xiomara Castro", "die linksgerichtete "
                                                "Staatschefin", "sie", "Castro"]),
        entity("Government of the United States", "ORG", "USA", ["den USA", "die künftige Regierung von Donald Trump",
                                                                  "Washington"]),
        entity("United States", "LOC", "USA", ["den Vereinigten Staaten", "Die USA", "In den USA"]),
        entity("Donald Trump", "PER", "USA", ["Donald Trump", "Trump", "des künftigen Präsidenten"]),
        entity("Honduran migrants in the United States", "PER", "HND",
               ["massenhaft Honduraner", "unserer Brüder", "rund 600.000 Honduraner ohne gültige Papiere"]),
        entity("US military bases in Honduras", "LOC", "HND", ["die US-Militärstützpunkte in Honduras"]),
        entity("Soto Cano Air Base", "LOC", "HND", ["dem Luftwaffenstützpunkt Soto Cano, auch Palmerola genannt"]),
        entity("Joint Task Force-Bravo", "ORG", "USA", ["eine Einheit mit mehreren Hundert Soldaten"]),
        entity("Central America", "LOC", None, ["Mittelamerika"]),
        entity("undocumented migrants in the United States", "PER", "USA",
               ["Millionen Migranten ohne Aufenthaltspapiere"]),
        entity("Enrique Reina", "PER", "HND", ["Außenminister Enrique Reina"]),
        entity("Government of Honduras", "ORG", "HND", ["Honduras", "die Regierung"]),
        entity("Donald Trump's transition team", "ORG", "USA", ["dem Team des künftigen Präsidenten"]),
        entity("Tomás Zambrano", "PER", "HND", ["Der Fraktionschef der oppositionellen Nationalen Partei, Tomás "
                                                "Zambrano"]),
        entity("National Party of Honduras", "ORG", "HND", ["der oppositionellen Nationalen Partei"]),
        entity("Honduran Private Enterprise Council", "ORG", "HND", ["Der Unternehmerverband Cohep"]),
        entity("Embassy of the United States in Tegucigalpa", "ORG", "USA", ["Die US-Botschaft in Tegucigalpa"]),
        entity("Laura Dogu", "PER", "USA", ["US-Botschafterin Laura Dogu"]),
        entity("José Manuel Zelaya", "PER", "HND", ["des damaligen honduranischen Verteidigungsministers José Manuel "
                                                    "Zelaya"]),
        entity("Vladimir Padrino López", "PER", "VEN", ["seinem venezolanischen Amtskollegen Vladimir Padrino "
                                                        "López"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Latin America", "LOC", None, ["Lateinamerikas"]),
    ],
}

# ---------------------------------------------------------------- hm486-de-02 (Nicaragua, Red Cross dissolved)
NIC_ASSEMBLY = actor("National Assembly of Nicaragua", "NIC", "LEG")
NIC_RED_CROSS = actor("Nicaraguan Red Cross", "NIC", "NGO")
IFRC = actor("International Federation of Red Cross and Red Crescent Societies", "NGO", "NGO")
NIC_GOV = actor("Government of Nicaragua", "NIC", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
MURILLO = actor("Rosario Murillo", "NIC", "GOV")
USA_GOV2 = actor("Government of the United States", "USA", "GOV")
NIC_PRISONERS = actor("Nicaraguan political prisoners", "NIC", "OPP")
NIC_JUDICIARY = actor("Nicaraguan judiciary", "NIC", "JUD")
ALVAREZ = actor("Rolando Álvarez", "NIC", "REL")
NIC_POLICE = actor("National Police of Nicaragua", "NIC", "COP")

N1 = ("Managua (dpa) - Nicaraguas Parlament hat das Nationale Rote Kreuz des Landes aufgelöst und sein gesamtes "
      "Vermögen dem Staat übertragen.")
N2 = ("Die von der Sandinistischen Nationalen Befreiungsfront (FSLN) des Präsidenten Daniel Ortega kontrollierte "
      "Nationalversammlung billigte am Mittwoch einstimmig ein entsprechendes Gesetz.")
N3 = ("Gebäude, Fahrzeuge und Hilfsgüter der Organisation gehen demnach an das Gesundheitsministerium, das künftig "
      "eine staatliche Rotkreuz-Einrichtung führen soll.")
N4 = ("Die Abgeordneten warfen dem Roten Kreuz vor, während der regierungskritischen Proteste im Jahr 2018 „Angriffe "
      "auf den Frieden und die Stabilität“ unterstützt zu haben.")
N5 = "Die Organisation habe ihre Pflicht zur Neutralität verletzt, hieß es in der Begründung des Gesetzes."
N6 = "Das Rote Kreuz hatte den Vorwurf der Parteilichkeit stets zurückgewiesen."
N7 = ("Die Internationale Föderation der Rotkreuz- und Rothalbmondgesellschaften (IFRC) in Genf zeigte sich „tief "
      "besorgt“ über die Entscheidung.")
N8 = "Sie rief die Behörden in Managua auf, die humanitäre Arbeit der Freiwilligen nicht zu behindern."
N9 = ("Das US-Außenministerium sprach von einem weiteren Versuch der Regierung von Ortega und Vizepräsidentin Rosario "
      "Murillo, die unabhängige Zivilgesellschaft zu zerschlagen.")
N10 = ("Murillo warf Washington im staatlichen Fernsehen eine Einmischung in die inneren Angelegenheiten Nicaraguas "
       "vor.")
N11 = ("Seit 2018 sind in Nicaragua nach Angaben von Menschenrechtsgruppen mehr als 3.000 "
       "Nichtregierungsorganisationen verboten worden, darunter Hochschulen und kirchliche Einrichtungen.")
N12 = ("Im Februar hatte die Regierung 222 politische Gefangene in die USA abgeschoben und ihnen die "
       "Staatsbürgerschaft aberkannt.")
N13 = ("Bischof Rolando Álvarez, der sich der Ausreise verweigert hatte, wurde kurz darauf zu mehr als 26 Jahren Haft "
       "verurteilt.")
N14 = "Vor der Zentrale des Roten Kreuzes in Managua zogen am Donnerstag Polizisten auf."
N15 = "Festnahmen gab es nach Angaben von Augenzeugen zunächst nicht."
N16 = "Die Leitung der Hilfsorganisation war für eine Stellungnahme nicht zu erreichen."

DE02 = {
    "id": "hm486-de-02", "lang": "de", "url": None, "published": "2023-05-11",
    "title": "Nicaragua löst Rotes Kreuz auf",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6], [N7, N8, N9, N10], [N11, N12, N13], [N14, N15, N16]),
    "events": [
        event("COERCE", NIC_ASSEMBLY, NIC_RED_CROSS, N1, mode="ban"),
        event("COERCE", NIC_ASSEMBLY, NIC_RED_CROSS, N2, mode="ban", date="2023-05-10"),
        event("ACCUSE", NIC_ASSEMBLY, NIC_RED_CROSS, N4, mode="allege"),
        event("ACCUSE", NIC_ASSEMBLY, NIC_RED_CROSS, N5, mode="allege"),
        event("ACCUSE", IFRC, NIC_ASSEMBLY, N7, mode="disapprove"),
        event("REQUEST", IFRC, NIC_GOV, N8),
        event("ACCUSE", US_STATE, NIC_GOV, N9, mode="disapprove"),
        event("ACCUSE", MURILLO, USA_GOV2, N10, mode="disapprove"),
        event("COERCE", NIC_GOV, NIC_PRISONERS, N12, mode="deport"),
        event("REJECT", ALVAREZ, NIC_GOV, N13),
        event("SANCTION", NIC_JUDICIARY, ALVAREZ, N13, mode="convict"),
        event("MOBILIZE", NIC_POLICE, None, N14, mode="police", date="2023-05-11", location="Managua",
              location_country="NIC"),
        event("COERCE", NIC_POLICE, NIC_RED_CROSS, N15, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("Angriffe auf den Frieden und die Stabilität", "National Assembly of Nicaragua", "direct"),
        quote("während der regierungskritischen Proteste im Jahr 2018 „Angriffe auf den Frieden und die Stabilität“ "
              "unterstützt zu haben", "National Assembly of Nicaragua", "indirect"),
        quote("Die Organisation habe ihre Pflicht zur Neutralität verletzt", "National Assembly of Nicaragua",
              "indirect"),
        quote("tief besorgt", "International Federation of Red Cross and Red Crescent Societies", "direct"),
        quote("Seit 2018 sind in Nicaragua nach Angaben von Menschenrechtsgruppen mehr als 3.000 "
              "Nichtregierungsorganisationen verboten worden, darunter Hochschulen und kirchliche Einrichtungen",
              "human rights groups", "indirect"),
        quote("Festnahmen gab es nach Angaben von Augenzeugen zunächst nicht", "eyewitnesses", "indirect"),
    ],
    "entities": [
        entity("Managua", "LOC", "NIC", ["Managua"]),
        entity("Nicaragua", "LOC", "NIC", ["Nicaraguas", "des Landes", "Nicaragua"]),
        entity("National Assembly of Nicaragua", "ORG", "NIC", ["Nicaraguas Parlament", "Nationalversammlung",
                                                                "Die Abgeordneten"]),
        entity("Nicaraguan Red Cross", "ORG", "NIC",
               ["das Nationale Rote Kreuz des Landes", "der Organisation", "dem Roten Kreuz", "Die Organisation",
                "Das Rote Kreuz", "des Roten Kreuzes", "der Hilfsorganisation"]),
        entity("Sandinista National Liberation Front", "ORG", "NIC",
               ["der Sandinistischen Nationalen Befreiungsfront (FSLN)"]),
        entity("Daniel Ortega", "PER", "NIC", ["des Präsidenten Daniel Ortega", "Ortega"]),
        entity("Ministry of Health of Nicaragua", "ORG", "NIC", ["das Gesundheitsministerium"]),
        entity("International Federation of Red Cross and Red Crescent Societies", "ORG", "NGO",
               ["Die Internationale Föderation der Rotkreuz- und Rothalbmondgesellschaften (IFRC)", "Sie"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Government of Nicaragua", "ORG", "NIC", ["die Behörden in Managua", "der Regierung von Ortega und "
                                                         "Vizepräsidentin Rosario Murillo", "die Regierung"]),
        entity("Nicaraguan Red Cross volunteers", "PER", "NIC", ["der Freiwilligen"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Rosario Murillo", "PER", "NIC", ["Vizepräsidentin Rosario Murillo", "Murillo"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("human rights groups", "ORG", None, ["Menschenrechtsgruppen"]),
        entity("United States", "LOC", "USA", ["die USA"]),
        entity("Nicaraguan political prisoners", "PER", "NIC", ["222 politische Gefangene", "ihnen"]),
        entity("Rolando Álvarez", "PER", "NIC", ["Bischof Rolando Álvarez"]),
        entity("National Police of Nicaragua", "ORG", "NIC", ["Polizisten"]),
        entity("eyewitnesses", "PER", "NIC", ["Augenzeugen"]),
        entity("leadership of the Nicaraguan Red Cross", "PER", "NIC", ["Die Leitung der Hilfsorganisation"]),
    ],
}

# ---------------------------------------------------------------- hm486-de-03 (Chile, troops at the northern border)
CHL_ARMY = actor("Chilean Army", "CHL", "MIL")
BORIC = actor("Gabriel Boric", "CHL", "GOV")
JGARCIA = actor("Javier García", "CHL", "GOV")
AYMARA = actor("Aymara community representatives", "CHL", "CVL")
VEN_MIGRANTS = actor("Venezuelan migrants in Chile", "VEN", "CVL")
KAST = actor("José Antonio Kast", "CHL", "PTY")
CHL_GOV = actor("Government of Chile", "CHL", "GOV")
TOHA = actor("Carolina Tohá", "CHL", "GOV")
BOL_FM = actor("Ministry of Foreign Affairs of Bolivia", "BOL", "GOV")
BOL_GOV = actor("Government of Bolivia", "BOL", "GOV")
UNHCR = actor("United Nations High Commissioner for Refugees", "UNO", "IGO")

C1 = ("Santiago de Chile (dpa) - Chile hat zur Eindämmung der irregulären Migration Soldaten an seine Nordgrenze zu "
      "Peru und Bolivien verlegt.")
C2 = ("Rund 600 Soldaten begannen am Montag mit Patrouillen in den Regionen Arica y Parinacota, Tarapacá und "
      "Antofagasta, wie das Verteidigungsministerium mitteilte.")
C3 = "Grundlage ist eine Verfassungsänderung, die der Kongress Anfang Februar mit breiter Mehrheit verabschiedet hatte."
C4 = ("Sie erlaubt es den Streitkräften, Grenzübergänge zu kontrollieren und Ausländer ohne Papiere festzuhalten, bis "
      "die Polizei eintrifft.")
C5 = ("Präsident Gabriel Boric traf sich am Sonntag im Andendorf Colchane mit Bürgermeister Javier García und "
      "Vertretern der Aymara-Gemeinden.")
C6 = "„Wir werden die Kontrolle über unsere Grenzen zurückgewinnen“, sagte der linksgerichtete Staatschef."
C7 = "Zugleich versprach er, die Rechte der meist venezolanischen Migranten zu achten."
C8 = ("Colchane mit knapp 1.700 Einwohnern ist in den vergangenen zwei Jahren zum wichtigsten Einfallstor für "
      "Migranten geworden, die zu Fuß über die Hochebene aus Bolivien kommen.")
C9 = ("Der Gründer der rechtsextremen Republikanischen Partei, José Antonio Kast, warf der Regierung vor, viel zu spät "
      "gehandelt zu haben.")
C10 = "Er forderte erneut den Bau eines Grabens entlang der gesamten Grenze."
C11 = "Innenministerin Carolina Tohá lehnte dies als unwirksam ab."
C12 = ("Das bolivianische Außenministerium erklärte, es erwarte, dass Chile keine Migranten ohne Absprache über die "
       "Grenze zurückschicke.")
C13 = "Santiago und La Paz unterhalten seit 1978 keine diplomatischen Beziehungen."
C14 = ("Beide Regierungen vereinbarten aber, in der kommenden Woche in Arica über die Rückführung von Migranten zu "
       "beraten.")
C15 = ("Das UN-Flüchtlingshilfswerk UNHCR rief Chile auf, Schutzsuchenden trotz der Militärpräsenz den Zugang zum "
       "Asylverfahren zu garantieren.")
C16 = "Festnahmen durch Soldaten habe es am ersten Tag nicht gegeben, teilte das Ministerium am Abend mit."
C17 = "In Chile leben nach offiziellen Schätzungen mehr als 1,5 Millionen Ausländer, darunter rund 440.000 Venezolaner."

DE03 = {
    "id": "hm486-de-03", "lang": "de", "url": None, "published": "2023-02-27",
    "title": "Chile schickt Soldaten an die Nordgrenze",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11], [C12, C13, C14], [C15, C16, C17]),
    "events": [
        event("MOBILIZE", CHL_ARMY, None, C1, mode="troops", location_country="CHL"),
        event("MOBILIZE", CHL_ARMY, None, C2, mode="troops", date="2023-02-27", location_country="CHL"),
        event("CONSULT", BORIC, JGARCIA, C5, mode="visit", date="2023-02-26", location="Colchane",
              location_country="CHL"),
        event("CONSULT", BORIC, AYMARA, C5, mode="visit", date="2023-02-26", location="Colchane",
              location_country="CHL"),
        event("AGREE", BORIC, VEN_MIGRANTS, C7),
        event("ACCUSE", KAST, CHL_GOV, C9, mode="disapprove"),
        event("REQUEST", KAST, CHL_GOV, C10, mode="change"),
        event("REJECT", TOHA, KAST, C11, mode="change"),
        event("REQUEST", BOL_FM, CHL_GOV, C12),
        event("AGREE", CHL_GOV, BOL_GOV, C14, mode="meet", location="Arica", location_country="CHL"),
        event("REQUEST", UNHCR, CHL_GOV, C15),
        event("COERCE", CHL_ARMY, VEN_MIGRANTS, C16, mode="arrest", date="2023-02-27", negated=True),
    ],
    "quotes": [
        quote("Rund 600 Soldaten begannen am Montag mit Patrouillen in den Regionen Arica y Parinacota, Tarapacá und "
              "Antofagasta", "Ministry of National Defense of Chile", "indirect"),
        quote("Wir werden die Kontrolle über unsere Grenzen zurückgewinnen", "Gabriel Boric", "direct"),
        quote("viel zu spät gehandelt zu haben", "José Antonio Kast", "indirect"),
        quote("es erwarte, dass Chile keine Migranten ohne Absprache über die Grenze zurückschicke",
              "Ministry of Foreign Affairs of Bolivia", "indirect"),
        quote("Festnahmen durch Soldaten habe es am ersten Tag nicht gegeben", "Ministry of National Defense of Chile",
              "indirect"),
    ],
    "entities": [
        entity("Santiago de Chile", "LOC", "CHL", ["Santiago de Chile"]),
        entity("Chile", "LOC", "CHL", ["Chile", "unsere Grenzen"]),
        entity("Government of Chile", "ORG", "CHL", ["Chile", "der Regierung", "Santiago"]),
        entity("Chilean Army", "ORG", "CHL", ["Soldaten", "Rund 600 Soldaten", "den Streitkräften",
                                              "der Militärpräsenz"]),
        entity("northern border of Chile", "LOC", "CHL", ["seine Nordgrenze zu Peru und Bolivien",
                                                          "der gesamten Grenze"]),
        entity("Peru", "LOC", "PER", ["Peru"]),
        entity("Bolivia", "LOC", "BOL", ["Bolivien"]),
        entity("Arica y Parinacota", "LOC", "CHL", ["Arica y Parinacota"]),
        entity("Tarapacá", "LOC", "CHL", ["Tarapacá"]),
        entity("Antofagasta", "LOC", "CHL", ["Antofagasta"]),
        entity("Ministry of National Defense of Chile", "ORG", "CHL", ["das Verteidigungsministerium",
                                                                       "das Ministerium"]),
        entity("National Congress of Chile", "ORG", "CHL", ["der Kongress"]),
        entity("Carabineros de Chile", "ORG", "CHL", ["die Polizei"]),
        entity("Gabriel Boric", "PER", "CHL", ["Präsident Gabriel Boric", "der linksgerichtete Staatschef", "er"]),
        entity("Colchane", "LOC", "CHL", ["im Andendorf Colchane", "Colchane"]),
        entity("Javier García", "PER", "CHL", ["Bürgermeister Javier García"]),
        entity("Aymara community representatives", "PER", "CHL", ["Vertretern der Aymara-Gemeinden"]),
        entity("Venezuelan migrants in Chile", "PER", "VEN", ["der meist venezolanischen Migranten",
                                                              "rund 440.000 Venezolaner"]),
        entity("José Antonio Kast", "PER", "CHL", ["Der Gründer der rechtsextremen Republikanischen Partei, José "
                                                   "Antonio Kast", "Er"]),
        entity("Republican Party (Chile)", "ORG", "CHL", ["der rechtsextremen Republikanischen Partei"]),
        entity("Carolina Tohá", "PER", "CHL", ["Innenministerin Carolina Tohá"]),
        entity("Ministry of Foreign Affairs of Bolivia", "ORG", "BOL", ["Das bolivianische Außenministerium", "es"]),
        entity("Government of Bolivia", "ORG", "BOL", ["La Paz"]),
        entity("Arica", "LOC", "CHL", ["Arica"]),
        entity("United Nations High Commissioner for Refugees", "ORG", "UNO",
               ["Das UN-Flüchtlingshilfswerk UNHCR"]),
        entity("asylum seekers", "PER", None, ["Schutzsuchenden"]),
    ],
}

# ---------------------------------------------------------------- hm486-de-04 (Mexico, National Guard to the army)
PAN = actor("National Action Party", "MEX", "PTY")
PRI = actor("Institutional Revolutionary Party", "MEX", "PTY")
MORENA = actor("Morena", "MEX", "PTY")
TELLEZ = actor("Lilly Téllez", "MEX", "LEG")
MX_RELATIVES = actor("relatives of disappeared persons", "MEX", "CVL")
MX_ACTIVISTS = actor("Mexican human rights activists", "MEX", "NGO")
MX_SENATE = actor("Senate of Mexico", "MEX", "LEG")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
OHCHR_MX = actor("Office of the UN High Commissioner for Human Rights in Mexico", "UNO", "IGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
MX_STATE_LEGS = actor("Mexican state legislatures", "MEX", "LEG")
MX_HR_ORGS = actor("human rights organizations", "MEX", "NGO")
MX_ARMY = actor("Mexican Army", "MEX", "MIL")

X1 = ("Mexiko-Stadt (dpa) - Mexikos Senat hat die Unterstellung der Nationalgarde unter das Verteidigungsministerium "
      "beschlossen.")
X2 = ("Die Kammer billigte die Verfassungsreform am Dienstagabend mit 86 zu 42 Stimmen und damit mit der nötigen "
      "Zweidrittelmehrheit.")
X3 = "Die Abgeordnetenkammer hatte bereits am Freitag zugestimmt."
X4 = ("Die 2019 gegründete Truppe mit rund 130.000 Mitgliedern war ursprünglich als zivile Polizei gedacht, wird aber "
      "seit Jahren von Offizieren der Armee geführt.")
X5 = "Senatoren der oppositionellen Parteien PAN und PRI verließen vor der Abstimmung aus Protest den Plenarsaal."
X6 = ("Die PAN-Senatorin Lilly Téllez warf der Regierungspartei Morena vor, das Land zu militarisieren und die "
      "Verfassung zu „zerstören“.")
X7 = ("Vor dem Senatsgebäude demonstrierten am Dienstag mehrere Hundert Angehörige von Verschwundenen und "
      "Menschenrechtsaktivisten gegen die Reform.")
X8 = ("Präsident Andrés Manuel López Obrador, der am kommenden Dienstag aus dem Amt scheidet, lobte die Entscheidung "
      "als „Garantie für den Frieden“.")
X9 = ("Nur die Armee sei diszipliniert genug, um die Unterwanderung der Truppe durch das organisierte Verbrechen zu "
      "verhindern, sagte er bei seiner morgendlichen Pressekonferenz.")
X10 = ("Seine designierte Nachfolgerin Claudia Sheinbaum versicherte, die Nationalgarde werde auch unter militärischem "
       "Kommando die Menschenrechte achten.")
X11 = "Das Büro des UN-Hochkommissars für Menschenrechte in Mexiko kritisierte die Reform."
X12 = ("Die Übertragung der öffentlichen Sicherheit an das Militär widerspreche internationalen Standards, hieß es in "
       "einer Mitteilung.")
X13 = "Amnesty International forderte die Parlamente der Bundesstaaten auf, der Reform nicht zuzustimmen."
X14 = ("Da die Regierungskoalition in der Mehrheit der 32 Landesparlamente über eine Mehrheit verfügt, gilt die "
       "Ratifizierung als sicher.")
X15 = ("Nach offiziellen Zahlen wurden seit dem Amtsantritt von López Obrador im Dezember 2018 mehr als 190.000 "
       "Menschen in Mexiko getötet.")
X16 = ("Menschenrechtsorganisationen werfen der Armee seit Jahren schwere Übergriffe vor, darunter außergerichtliche "
       "Hinrichtungen.")
X17 = "Das Verteidigungsministerium bestreitet dies."

DE04 = {
    "id": "hm486-de-04", "lang": "de", "url": None, "published": "2024-09-25",
    "title": "Mexikos Senat stellt Nationalgarde unter Militärkommando",
    "text": paragraphs([X1, X2, X3, X4], [X5, X6, X7], [X8, X9, X10], [X11, X12, X13, X14], [X15, X16, X17]),
    "events": [
        event("PROTEST", PAN, MORENA, X5, mode="boycott"),
        event("PROTEST", PRI, MORENA, X5, mode="boycott"),
        event("ACCUSE", TELLEZ, MORENA, X6, mode="disapprove"),
        event("PROTEST", MX_RELATIVES, MX_SENATE, X7, mode="demo", date="2024-09-24", location="Mexico City",
              location_country="MEX"),
        event("PROTEST", MX_ACTIVISTS, MX_SENATE, X7, mode="demo", date="2024-09-24", location="Mexico City",
              location_country="MEX"),
        event("SUPPORT", AMLO, MX_SENATE, X8),
        event("AGREE", SHEINBAUM, None, X10),
        event("ACCUSE", OHCHR_MX, MX_SENATE, X11, mode="disapprove"),
        event("ACCUSE", OHCHR_MX, MX_SENATE, X12, mode="disapprove"),
        event("REQUEST", AMNESTY, MX_STATE_LEGS, X13),
        event("ACCUSE", MX_HR_ORGS, MX_ARMY, X16, mode="allege"),
    ],
    "quotes": [
        quote("das Land zu militarisieren und die Verfassung zu „zerstören“", "Lilly Téllez", "indirect"),
        quote("zerstören", "Lilly Téllez", "direct"),
        quote("Garantie für den Frieden", "Andrés Manuel López Obrador", "direct"),
        quote("Nur die Armee sei diszipliniert genug, um die Unterwanderung der Truppe durch das organisierte "
              "Verbrechen zu verhindern", "Andrés Manuel López Obrador", "indirect"),
        quote("die Nationalgarde werde auch unter militärischem Kommando die Menschenrechte achten",
              "Claudia Sheinbaum", "indirect"),
        quote("Die Übertragung der öffentlichen Sicherheit an das Militär widerspreche internationalen Standards",
              "Office of the UN High Commissioner for Human Rights in Mexico", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Mexico", "LOC", "MEX", ["Mexikos", "das Land", "Mexiko"]),
        entity("Senate of Mexico", "ORG", "MEX", ["Mexikos Senat", "Die Kammer"]),
        entity("Senate building", "LOC", "MEX", ["dem Senatsgebäude"]),
        entity("National Guard of Mexico", "ORG", "MEX", ["der Nationalgarde", "Die 2019 gegründete Truppe mit rund "
                                                          "130.000 Mitgliedern", "der Truppe", "die Nationalgarde"]),
        entity("Secretariat of National Defense", "ORG", "MEX", ["das Verteidigungsministerium",
                                                                 "Das Verteidigungsministerium"]),
        entity("Chamber of Deputies of Mexico", "ORG", "MEX", ["Die Abgeordnetenkammer"]),
        entity("Mexican Army", "ORG", "MEX", ["der Armee", "die Armee", "das Militär"]),
        entity("opposition senators", "PER", "MEX", ["Senatoren der oppositionellen Parteien PAN und PRI"]),
        entity("National Action Party", "ORG", "MEX", ["PAN"]),
        entity("Institutional Revolutionary Party", "ORG", "MEX", ["PRI"]),
        entity("Lilly Téllez", "PER", "MEX", ["Die PAN-Senatorin Lilly Téllez"]),
        entity("Morena", "ORG", "MEX", ["der Regierungspartei Morena"]),
        entity("relatives of disappeared persons", "PER", "MEX", ["mehrere Hundert Angehörige von Verschwundenen"]),
        entity("Mexican human rights activists", "PER", "MEX", ["Menschenrechtsaktivisten"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Präsident Andrés Manuel López Obrador", "er",
                                                             "López Obrador"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Seine designierte Nachfolgerin Claudia Sheinbaum"]),
        entity("Office of the UN High Commissioner for Human Rights in Mexico", "ORG", "UNO",
               ["Das Büro des UN-Hochkommissars für Menschenrechte in Mexiko"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Mexican state legislatures", "ORG", "MEX", ["die Parlamente der Bundesstaaten",
                                                            "der 32 Landesparlamente"]),
        entity("governing coalition", "ORG", "MEX", ["die Regierungskoalition"]),
        entity("human rights organizations", "ORG", "MEX", ["Menschenrechtsorganisationen"]),
    ],
}

# ---------------------------------------------------------------- hm486-en-01 (Peru, VRAEM ambush)
MPCP = actor("Militarized Communist Party of Peru", "PER", "REB")
PNP = actor("National Police of Peru", "PER", "COP")
BOLUARTE = actor("Dina Boluarte", "PER", "GOV")
PER_MIL = actor("Joint Command of the Armed Forces of Peru", "PER", "MIL")
PER_OFFICIALS = actor("Peruvian officials", "PER", "GOV")
VRAEM_RESIDENTS = actor("residents of the VRAEM", "PER", "CVL")
PER_GOV = actor("Government of Peru", "PER", "GOV")
RP_LAWMAKERS = actor("Popular Renewal", "PER", "PTY")
PNP_RELATIVES = actor("relatives of the killed police officers", "PER", "CVL")

Q1 = ("LIMA, Peru (AP) — Suspected Shining Path rebels killed seven police officers in an ambush in a remote "
      "coca-growing valley in southern Peru, authorities said Saturday.")
Q2 = ("The officers were patrolling a rural road near the town of Natividad in the Cusco region on Friday night when "
      "they came under fire from several directions, the Interior Ministry said in a statement.")
Q3 = ("It was one of the deadliest attacks on security forces in years in the Valley of the Apurímac, Ene and Mantaro "
      "Rivers, known by its Spanish acronym VRAEM.")
Q4 = "The valley is one of the world's largest coca-growing areas."
Q5 = "President Dina Boluarte condemned the killings and said those responsible would be hunted down."
Q6 = "“We will not allow terrorism to return to our country,” Boluarte wrote on Twitter."
Q7 = ("Interior Minister Vicente Romero flew to the area with the head of the national police and said about 100 "
      "additional officers had been sent in.")
Q8 = "The armed forces' joint command said troops had launched an operation to track down the attackers."
Q9 = ("Officials blamed the Militarized Communist Party of Peru, a Shining Path splinter group led by Víctor Quispe "
      "Palomino, known as “Comrade José.”")
Q10 = "The group has not claimed responsibility for the ambush."
Q11 = "In a pamphlet found at the scene, the rebels warned residents not to cooperate with the security forces."
Q12 = ("On Saturday, the government extended the state of emergency in several VRAEM districts by 60 days, Prime "
       "Minister Alberto Otárola said.")
Q13 = ("Lawmakers from the right-wing Popular Renewal party accused the government of focusing on the protests in the "
       "south while neglecting the fight against drug trafficking.")
Q14 = ("Relatives of the dead officers demanded that the government give patrols in the valley better weapons and "
       "armored vehicles.")
Q15 = ("The attack came amid Peru's worst political unrest in decades, with at least 60 people killed in protests "
       "since Boluarte took office in December.")
Q16 = "The Shining Path waged a brutal insurgency in the 1980s and 1990s."
Q17 = "Its founder, Abimael Guzmán, died in a military prison in 2021 while serving a life sentence."

EN01 = {
    "id": "hm486-en-01", "lang": "en", "url": None, "published": "2023-02-18",
    "title": "Suspected Shining Path rebels kill 7 police officers in Peru ambush",
    "text": paragraphs([Q1, Q2, Q3, Q4], [Q5, Q6, Q7, Q8], [Q9, Q10, Q11], [Q12, Q13, Q14, Q15], [Q16, Q17]),
    "events": [
        event("ASSAULT", MPCP, PNP, Q1, mode="firearms", location_country="PER"),
        event("ASSAULT", MPCP, PNP, Q2, mode="firearms", date="2023-02-17", location="Natividad",
              location_country="PER"),
        event("ACCUSE", BOLUARTE, MPCP, Q5, mode="disapprove"),
        event("THREATEN", BOLUARTE, MPCP, Q5),
        event("MOBILIZE", PNP, None, Q7, mode="police", location="VRAEM", location_country="PER"),
        event("MOBILIZE", PER_MIL, None, Q8, mode="troops", location="VRAEM", location_country="PER"),
        event("ACCUSE", PER_OFFICIALS, MPCP, Q9, mode="allege"),
        event("THREATEN", MPCP, VRAEM_RESIDENTS, Q11),
        event("COERCE", PER_GOV, None, Q12, mode="martial-law", date="2023-02-18", location="VRAEM",
              location_country="PER"),
        event("ACCUSE", RP_LAWMAKERS, PER_GOV, Q13, mode="disapprove"),
        event("REQUEST", PNP_RELATIVES, PER_GOV, Q14, mode="assist"),
    ],
    "quotes": [
        quote("Suspected Shining Path rebels killed seven police officers in an ambush in a remote coca-growing "
              "valley in southern Peru", "Peruvian authorities", "indirect"),
        quote("The officers were patrolling a rural road near the town of Natividad in the Cusco region on Friday "
              "night when they came under fire from several directions", "Ministry of the Interior of Peru",
              "indirect"),
        quote("those responsible would be hunted down", "Dina Boluarte", "indirect"),
        quote("We will not allow terrorism to return to our country", "Dina Boluarte", "direct"),
        quote("about 100 additional officers had been sent in", "Vicente Romero", "indirect"),
        quote("troops had launched an operation to track down the attackers", "Joint Command of the Armed Forces of "
              "Peru", "indirect"),
        quote("Comrade José", "Peruvian officials", "direct"),
        quote("On Saturday, the government extended the state of emergency in several VRAEM districts by 60 days",
              "Alberto Otárola", "indirect"),
    ],
    "entities": [
        entity("Lima", "LOC", "PER", ["LIMA"]),
        entity("Peru", "LOC", "PER", ["Peru", "southern Peru", "our country", "Peru's"]),
        entity("Militarized Communist Party of Peru", "ORG", "PER",
               ["Suspected Shining Path rebels", "the Militarized Communist Party of Peru, a Shining Path splinter "
                "group led by Víctor Quispe Palomino", "The group", "the rebels", "the attackers", "those "
                "responsible"]),
        entity("Shining Path", "ORG", "PER", ["Shining Path", "The Shining Path"]),
        entity("National Police of Peru", "ORG", "PER", ["seven police officers", "The officers", "they",
                                                         "the national police", "about 100 additional officers",
                                                         "the security forces", "the dead officers"]),
        entity("Natividad", "LOC", "PER", ["the town of Natividad"]),
        entity("Cusco", "LOC", "PER", ["the Cusco region"]),
        entity("Ministry of the Interior of Peru", "ORG", "PER", ["the Interior Ministry"]),
        entity("VRAEM", "LOC", "PER", ["a remote coca-growing valley in southern Peru", "the Valley of the Apurímac, "
                                       "Ene and Mantaro Rivers", "VRAEM", "The valley", "the area", "the valley"]),
        entity("Dina Boluarte", "PER", "PER", ["President Dina Boluarte", "Boluarte"]),
        entity("Twitter", "ORG", "MNC", ["Twitter"]),
        entity("Vicente Romero", "PER", "PER", ["Interior Minister Vicente Romero"]),
        entity("head of the National Police of Peru", "PER", "PER", ["the head of the national police"]),
        entity("Joint Command of the Armed Forces of Peru", "ORG", "PER", ["The armed forces' joint command",
                                                                           "troops"]),
        entity("Peruvian officials", "PER", "PER", ["Officials"]),
        entity("Víctor Quispe Palomino", "PER", "PER", ["Víctor Quispe Palomino", "Comrade José"]),
        entity("residents of the VRAEM", "PER", "PER", ["residents"]),
        entity("Government of Peru", "ORG", "PER", ["the government"]),
        entity("Alberto Otárola", "PER", "PER", ["Prime Minister Alberto Otárola"]),
        entity("Popular Renewal", "ORG", "PER", ["the right-wing Popular Renewal party"]),
        entity("Popular Renewal lawmakers", "PER", "PER", ["Lawmakers from the right-wing Popular Renewal party"]),
        entity("relatives of the killed police officers", "PER", "PER", ["Relatives of the dead officers"]),
        entity("Abimael Guzmán", "PER", "PER", ["Its founder, Abimael Guzmán"]),
    ],
}

# ---------------------------------------------------------------- hm486-en-02 (Colombia/Venezuela, Segunda Marquetalia talks)
COL_GOV = actor("Government of Colombia", "COL", "GOV")
SEGUNDA = actor("Segunda Marquetalia", "COL", "REB")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
CUB_GOV = actor("Government of Cuba", "CUB", "GOV")
MARQUEZ = actor("Iván Márquez", "COL", "REB")
PETRO = actor("Gustavo Petro", "COL", "GOV")
VELASQUEZ = actor("Iván Velásquez", "COL", "GOV")
COL_MILINT = actor("Colombian military intelligence", "COL", "MIL")
VALENCIA = actor("Paloma Valencia", "COL", "OPP")
CAMARGO = actor("Carlos Camargo", "COL", "GOV")

R1 = ("CARACAS, Venezuela (AP) — Colombia's government and the Segunda Marquetalia, a rebel group founded by former "
      "FARC commanders who abandoned the 2016 peace deal, formally opened peace talks in Venezuela's capital on "
      "Saturday.")
R2 = "The two delegations met behind closed doors at a government building in Caracas."
R3 = "Venezuela and Cuba have agreed to act as guarantors of the process."
R4 = ("Government negotiator Armando Novoa said the aim was to reach a final agreement before President Gustavo Petro "
      "leaves office in August 2026.")
R5 = "“We have come to Caracas to build peace, not to talk about it,” Novoa told reporters."
R6 = "The group's top commander, Iván Márquez, did not attend."
R7 = ("In a video shown at the opening ceremony, Márquez called on Petro to agree to a bilateral ceasefire for the "
      "duration of the talks.")
R8 = "It was his first public appearance since he was reported badly wounded in an attack in Venezuela in 2022."
R9 = ("Defense Minister Iván Velásquez rejected the request, saying military operations against the group would "
      "continue until it stops attacking civilians.")
R10 = "Márquez was the FARC's chief negotiator during the Havana talks that led to the 2016 accord."
R11 = "He later accused the state of betraying the agreement."
R12 = ("According to Colombian military intelligence, the group has about 1,600 members and is involved in drug "
       "trafficking and illegal mining.")
R13 = ("Opposition Senator Paloma Valencia of the right-wing Democratic Center party accused Petro of rewarding "
       "criminals who had betrayed the peace process.")
R14 = ("Human rights ombudsman Carlos Camargo warned that the group was still recruiting minors in the southern "
       "provinces of Nariño and Putumayo.")
R15 = "The Segunda Marquetalia has denied recruiting children."
R16 = ("Petro's “total peace” policy seeks negotiations with all of Colombia's armed groups, but talks with the "
       "National Liberation Army, or ELN, and a faction of FARC dissidents have repeatedly stalled.")

EN02 = {
    "id": "hm486-en-02", "lang": "en", "url": None, "published": "2024-06-29",
    "title": "Colombia opens peace talks with FARC splinter group Segunda Marquetalia in Caracas",
    "text": paragraphs([R1, R2, R3, R4, R5], [R6, R7, R8, R9], [R10, R11, R12], [R13, R14, R15], [R16]),
    "events": [
        event("CONSULT", COL_GOV, SEGUNDA, R1, mode="meet", date="2024-06-29", location="Caracas",
              location_country="VEN"),
        event("CONSULT", COL_GOV, SEGUNDA, R2, mode="meet", location="Caracas", location_country="VEN"),
        event("AGREE", VEN_GOV, COL_GOV, R3),
        event("AGREE", CUB_GOV, COL_GOV, R3),
        event("CONSULT", MARQUEZ, COL_GOV, R6, mode="meet", negated=True),
        event("REQUEST", MARQUEZ, PETRO, R7),
        event("REJECT", VELASQUEZ, MARQUEZ, R9),
        event("ACCUSE", MARQUEZ, COL_GOV, R11, mode="allege"),
        event("ACCUSE", COL_MILINT, SEGUNDA, R12, mode="allege"),
        event("ACCUSE", VALENCIA, PETRO, R13, mode="disapprove"),
        event("ACCUSE", CAMARGO, SEGUNDA, R14, mode="allege"),
    ],
    "quotes": [
        quote("the aim was to reach a final agreement before President Gustavo Petro leaves office in August 2026",
              "Armando Novoa", "indirect"),
        quote("We have come to Caracas to build peace, not to talk about it", "Armando Novoa", "direct"),
        quote("military operations against the group would continue until it stops attacking civilians",
              "Iván Velásquez", "indirect"),
        quote("the group has about 1,600 members and is involved in drug trafficking and illegal mining",
              "Colombian military intelligence", "indirect"),
        quote("the group was still recruiting minors in the southern provinces of Nariño and Putumayo",
              "Carlos Camargo", "indirect"),
        quote("total peace", "Gustavo Petro", "direct"),
    ],
    "entities": [
        entity("Caracas", "LOC", "VEN", ["CARACAS", "Caracas", "Venezuela's capital"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("Government of Colombia", "ORG", "COL", ["Colombia's government", "the state"]),
        entity("Segunda Marquetalia", "ORG", "COL",
               ["the Segunda Marquetalia, a rebel group founded by former FARC commanders who abandoned the 2016 "
                "peace deal", "The group's", "the group", "it", "The Segunda Marquetalia"]),
        entity("FARC", "ORG", "COL", ["FARC", "the FARC's"]),
        entity("2016 Colombian peace agreement", "MISC", "COL", ["the 2016 peace deal", "the 2016 accord",
                                                                  "the agreement", "the peace process"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Venezuela"]),
        entity("Government of Cuba", "ORG", "CUB", ["Cuba"]),
        entity("Armando Novoa", "PER", "COL", ["Government negotiator Armando Novoa", "Novoa"]),
        entity("Gustavo Petro", "PER", "COL", ["President Gustavo Petro", "Petro", "Petro's"]),
        entity("Iván Márquez", "PER", "COL", ["The group's top commander, Iván Márquez", "Márquez", "his", "he",
                                              "He"]),
        entity("Iván Velásquez", "PER", "COL", ["Defense Minister Iván Velásquez"]),
        entity("Havana", "LOC", "CUB", ["Havana"]),
        entity("Colombian military intelligence", "ORG", "COL", ["Colombian military intelligence"]),
        entity("Paloma Valencia", "PER", "COL", ["Opposition Senator Paloma Valencia"]),
        entity("Democratic Center", "ORG", "COL", ["the right-wing Democratic Center party"]),
        entity("Carlos Camargo", "PER", "COL", ["Human rights ombudsman Carlos Camargo"]),
        entity("Nariño", "LOC", "COL", ["Nariño"]),
        entity("Putumayo", "LOC", "COL", ["Putumayo"]),
        entity("Colombia", "LOC", "COL", ["Colombia's"]),
        entity("National Liberation Army", "ORG", "COL", ["the National Liberation Army, or ELN"]),
        entity("FARC dissidents", "ORG", "COL", ["a faction of FARC dissidents"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
