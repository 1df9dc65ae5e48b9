"""Round 431: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, Middle East and North Africa, invented wording and details):
- hm431-de-01: Iran: the judiciary accuses the detained French-German cyclist Lennart Monterlos of espionage; Barrot and Wadephul demand his release, Araghchi refuses, vigil in Nantes, Kohler and Paris still held, Paris's hostage-diplomacy charge denied by Tehran (2025-07-15).
- hm431-de-02: Libya/Morocco: delegations of the House of Representatives and the High Council of State agree in Bouznika on a roadmap to a unified government; Bourita praises and offers more rounds, UNSMIL's Koury welcomes and urges inclusion, Dbeibah rejects the plan, Takala accuses al-Mishri (2024-12-20).
- hm431-de-03: Jordan: the Jordanian air force airdrops medical aid to its field hospital in Gaza; King Abdullah's message, Safadi accuses Israel of war crimes and threatens over displacement, the recalled ambassador, Blinken meets Safadi and Shoukry in Amman and rejects their ceasefire demand, protest near the Israeli embassy without arrests (2023-11-06).
- hm431-de-04: Egypt: al-Sisi pardons activist Ahmed Douma, who is released; EIPR welcomes it and demands more releases, Bahgat's criticism, the July pardons of Zaki and al-Baqer, the EU delegation's praise, Tantawy accuses the security services of arresting supporters (2023-08-20).
- hm431-en-01: Kuwait/Philippines: Kuwait suspends all new visas for Filipinos and accuses Manila of breaching the labor agreement; Manila sends a delegation, Kuwait presses it to lift its deployment ban and Ople refuses, the Ranara killing and arrest, HRW's appeal, the 2018 Duterte ban (2023-05-11).
- hm431-en-02: Libya/Russia: Russian Deputy Defense Minister Yevkurov visits Khalifa Haftar in Benghazi and conveys Putin's invitation, which Haftar accepts; Washington's pressure over Wagner and Burns's January visit, Tripoli summons Russia's charge d'affaires, Norland's warning (2023-08-23).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm431-de-01 (Iran, French-German cyclist held)
IRN_JUDICIARY = actor("Judiciary of Iran", "IRN", "JUD")
JAHANGIR = actor("Asghar Jahangir", "IRN", "JUD")
MONTERLOS = actor("Lennart Monterlos", "FRA", "CVL")
IRN_SECURITY = actor("Iranian security forces", "IRN", "COP")
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
BARROT = actor("Jean-Noël Barrot", "FRA", "GOV")
WADEPHUL = actor("Johann Wadephul", "DEU", "GOV")
ARAGHCHI = actor("Abbas Araghchi", "IRN", "GOV")
NANTES_VIGIL = actor("supporters of Lennart Monterlos", "FRA", "CVL")
MONTERLOS_SISTER = actor("sister of Lennart Monterlos", "FRA", "CVL")
KOHLER = actor("Cécile Kohler", "FRA", "CVL")
JPARIS = actor("Jacques Paris", "FRA", "CVL")
FRA_GOV = actor("Government of France", "FRA", "GOV")

I1 = ("Teheran/Paris (dpa) - Die iranische Justiz wirft dem seit einem Monat inhaftierten französisch-deutschen "
      "Radfahrer Lennart Monterlos Spionage vor.")
I2 = ("Der 19-Jährige habe für ausländische Geheimdienste gearbeitet, sagte Justizsprecher Asghar Dschahangir am "
      "Dienstag vor Journalisten in Teheran.")
I3 = "Die Ermittlungen gegen ihn dauerten an, fügte er hinzu."
I4 = ("Nach Angaben seiner Familie war Monterlos Mitte Juni während einer Radreise durch den Süden des Landes von "
      "Sicherheitskräften festgenommen worden.")
I5 = "Seitdem habe sie nur ein einziges Mal mit ihm telefonieren können, teilte die Familie mit."
I6 = ("Frankreichs Außenminister Jean-Noël Barrot nannte die Vorwürfe „vollkommen haltlos“ und forderte die "
      "sofortige Freilassung des jungen Mannes.")
I7 = "„Lennart ist ein Sportler, der die Welt entdecken wollte, kein Spion“, sagte Barrot dem Sender France Inter."
I8 = ("Bundesaußenminister Johann Wadephul telefonierte nach Angaben seines Ministeriums mit seinem iranischen "
      "Kollegen Abbas Araghtschi und verlangte ebenfalls die Freilassung des Doppelstaatsbürgers.")
I9 = "Araghtschi habe dies unter Verweis auf das laufende Verfahren abgelehnt, hieß es in Teheran."
I10 = ("Iran erkennt doppelte Staatsbürgerschaften nicht an und gewährt ausländischen Diplomaten in solchen Fällen "
       "meist keinen Zugang zu den Häftlingen.")
I11 = ("In Monterlos' Heimatstadt Nantes versammelten sich am Wochenende mehrere Hundert Menschen zu einer Mahnwache "
       "für den Inhaftierten.")
I12 = "Seine Schwester appellierte an die iranischen Behörden, ihren Bruder nach Hause zurückkehren zu lassen."
I13 = "Bereits seit Mai 2022 hält Iran die Lehrerin Cécile Kohler und ihren Lebensgefährten Jacques Paris fest."
I14 = "Paris wirft Teheran vor, Ausländer als Faustpfand für Verhandlungen mit dem Westen zu benutzen."
I15 = "Die iranische Führung weist das zurück."
I16 = ("Die Beziehungen zwischen Iran und Europa sind seit dem zwölftägigen Krieg mit Israel im Juni zusätzlich "
       "belastet.")

DE01 = {
    "id": "hm431-de-01", "lang": "de", "url": None, "published": "2025-07-15",
    "title": "Iran wirft inhaftiertem Radfahrer Monterlos Spionage vor",
    "text": paragraphs([I1, I2, I3], [I4, I5], [I6, I7, I8, I9, I10], [I11, I12], [I13, I14, I15, I16]),
    "events": [
        event("ACCUSE", IRN_JUDICIARY, MONTERLOS, I1, mode="allege"),
        event("ACCUSE", JAHANGIR, MONTERLOS, I2, mode="allege", date="2025-07-15", location="Tehran",
              location_country="IRN"),
        event("ACCUSE", IRN_JUDICIARY, MONTERLOS, I3, mode="investigate"),
        event("COERCE", IRN_SECURITY, MONTERLOS, I4, mode="arrest", location_country="IRN"),
        event("REQUEST", BARROT, IRN_GOV, I6, mode="yield"),
        event("CONSULT", WADEPHUL, ARAGHCHI, I8, mode="phone"),
        event("REQUEST", WADEPHUL, ARAGHCHI, I8, mode="yield"),
        event("REJECT", ARAGHCHI, WADEPHUL, I9, mode="yield"),
        event("PROTEST", NANTES_VIGIL, IRN_GOV, I11, mode="demo", location="Nantes", location_country="FRA"),
        event("REQUEST", MONTERLOS_SISTER, IRN_GOV, I12, mode="yield"),
        event("COERCE", IRN_GOV, KOHLER, I13, mode="arrest"),
        event("COERCE", IRN_GOV, JPARIS, I13, mode="arrest"),
        event("ACCUSE", FRA_GOV, IRN_GOV, I14, mode="allege"),
    ],
    "quotes": [
        quote("Der 19-Jährige habe für ausländische Geheimdienste gearbeitet", "Asghar Jahangir", "indirect"),
        quote("Die Ermittlungen gegen ihn dauerten an", "Asghar Jahangir", "indirect"),
        quote("Nach Angaben seiner Familie war Monterlos Mitte Juni während einer Radreise durch den Süden des Landes "
              "von Sicherheitskräften festgenommen worden", "family of Lennart Monterlos", "indirect"),
        quote("Seitdem habe sie nur ein einziges Mal mit ihm telefonieren können", "family of Lennart Monterlos",
              "indirect"),
        quote("vollkommen haltlos", "Jean-Noël Barrot", "direct"),
        quote("Lennart ist ein Sportler, der die Welt entdecken wollte, kein Spion", "Jean-Noël Barrot", "direct"),
        quote("Bundesaußenminister Johann Wadephul telefonierte nach Angaben seines Ministeriums mit seinem "
              "iranischen Kollegen Abbas Araghtschi und verlangte ebenfalls die Freilassung des "
              "Doppelstaatsbürgers", "German Federal Foreign Office", "indirect"),
        quote("Araghtschi habe dies unter Verweis auf das laufende Verfahren abgelehnt", "Iranian officials",
              "indirect"),
        quote("ihren Bruder nach Hause zurückkehren zu lassen", "sister of Lennart Monterlos", "indirect"),
        quote("Ausländer als Faustpfand für Verhandlungen mit dem Westen zu benutzen", "Government of France",
              "indirect"),
    ],
    "entities": [
        entity("Tehran", "LOC", "IRN", ["Teheran"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Judiciary of Iran", "ORG", "IRN", ["Die iranische Justiz"]),
        entity("Lennart Monterlos", "PER", "FRA",
               ["französisch-deutschen Radfahrer Lennart Monterlos", "Der 19-Jährige", "ihn", "Monterlos", "ihm",
                "des jungen Mannes", "Lennart", "des Doppelstaatsbürgers", "Monterlos'", "den Inhaftierten",
                "ihren Bruder"]),
        entity("Asghar Jahangir", "PER", "IRN", ["Justizsprecher Asghar Dschahangir", "er"]),
        entity("family of Lennart Monterlos", "PER", "FRA", ["seiner Familie", "sie", "die Familie"]),
        entity("Iran", "LOC", "IRN", ["des Landes", "Iran"]),
        entity("Iranian security forces", "ORG", "IRN", ["Sicherheitskräften"]),
        entity("France", "LOC", "FRA", ["Frankreichs"]),
        entity("Jean-Noël Barrot", "PER", "FRA", ["Frankreichs Außenminister Jean-Noël Barrot", "Barrot"]),
        entity("France Inter", "ORG", "FRA", ["dem Sender France Inter"]),
        entity("Johann Wadephul", "PER", "DEU", ["Bundesaußenminister Johann Wadephul"]),
        entity("German Federal Foreign Office", "ORG", "DEU", ["seines Ministeriums"]),
        entity("Abbas Araghchi", "PER", "IRN", ["seinem iranischen Kollegen Abbas Araghtschi", "Araghtschi"]),
        entity("Government of Iran", "ORG", "IRN", ["Iran", "die iranischen Behörden", "Teheran",
                                                    "Die iranische Führung"]),
        entity("Nantes", "LOC", "FRA", ["Heimatstadt Nantes"]),
        entity("supporters of Lennart Monterlos", "PER", "FRA", ["mehrere Hundert Menschen"]),
        entity("sister of Lennart Monterlos", "PER", "FRA", ["Seine Schwester"]),
        entity("Cécile Kohler", "PER", "FRA", ["die Lehrerin Cécile Kohler"]),
        entity("Jacques Paris", "PER", "FRA", ["ihren Lebensgefährten Jacques Paris"]),
        entity("Government of France", "ORG", "FRA", ["Paris"]),
        entity("Europe", "LOC", "EUR", ["Europa"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
    ],
}

# ---------------------------------------------------------------- hm431-de-02 (Libya/Morocco, Bouznika roadmap)
LBY_HOR = actor("House of Representatives of Libya", "LBY", "LEG")
LBY_HCS = actor("High Council of State of Libya", "LBY", "LEG")
BOURITA = actor("Nasser Bourita", "MAR", "GOV")
UNSMIL = actor("United Nations Support Mission in Libya", "UNO", "IGO")
KOURY = actor("Stephanie Koury", "UNO", "IGO")
DBEIBAH = actor("Abdul Hamid Dbeibah", "LBY", "GOV")
TAKALA = actor("Mohamed Takala", "LBY", "LEG")
MISHRI = actor("Khaled al-Mishri", "LBY", "LEG")

L1 = ("Rabat (dpa) - Vertreter des libyschen Parlaments und des Hohen Staatsrats haben sich bei Gesprächen in "
      "Marokko auf einen Fahrplan für eine neue Einheitsregierung verständigt.")
L2 = ("Die Delegationen des im Osten ansässigen Repräsentantenhauses und des Staatsrats in Tripolis verabschiedeten "
      "am Donnerstag in der Küstenstadt Bouznika südlich von Rabat eine gemeinsame Erklärung.")
L3 = ("Darin sprechen sich beide Seiten für eine neue Regierung aus, die das Land zu Präsidenten- und "
      "Parlamentswahlen führen soll.")
L4 = "Ein gemeinsamer Ausschuss soll binnen eines Monats Vorschläge zur Überarbeitung der Wahlgesetze vorlegen."
L5 = "Marokkos Außenminister Nasser Bourita lobte den „Geist der Verantwortung“ der libyschen Delegationen."
L6 = "Das Königreich sei bereit, beide Seiten auch zu weiteren Gesprächsrunden zu empfangen, sagte er."
L7 = "Die UN-Unterstützungsmission in Libyen (Unsmil) begrüßte die Einigung als „ermutigenden Schritt“."
L8 = ("Die amtierende Leiterin der Mission, Stephanie Koury, rief die Beteiligten jedoch auf, alle politischen und "
      "militärischen Kräfte des Landes einzubinden.")
L9 = "Der in Tripolis regierende Ministerpräsident Abdul Hamid Dbeibah lehnte den Plan ab."
L10 = ("Seine Regierung der Nationalen Einheit werde die Macht nur an eine gewählte Führung übergeben, sagte Dbeibah "
       "in einer Fernsehansprache.")
L11 = "Er warf dem Parlament im Osten vor, seit Jahren Wahlen zu verhindern, um selbst an der Macht zu bleiben."
L12 = "Auch im Staatsrat ist die Einigung umstritten."
L13 = ("Mohammed Takala, der den Vorsitz des Gremiums für sich beansprucht, warf seinem Rivalen Chaled al-Mischri "
       "vor, die Delegation ohne Mandat nach Marokko geschickt zu haben.")
L14 = "Libyen ist seit dem Sturz von Machthaber Muammar al-Gaddafi im Jahr 2011 gespalten."
L15 = ("Im Osten kontrolliert General Chalifa Haftar mit seiner selbst ernannten Libyschen Nationalarmee weite Teile "
       "des Landes.")
L16 = ("Für Dezember 2021 angesetzte Wahlen waren wegen Streits über die Zulassung der Kandidaten kurzfristig "
       "abgesagt worden.")
L17 = "Haftars Sprecher Ahmed al-Mismari äußerte sich zunächst nicht zu dem Treffen."

DE02 = {
    "id": "hm431-de-02", "lang": "de", "url": None, "published": "2024-12-20",
    "title": "Libysche Rivalen einigen sich in Marokko auf Fahrplan",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8], [L9, L10, L11], [L12, L13], [L14, L15, L16, L17]),
    "events": [
        event("AGREE", LBY_HOR, LBY_HCS, L1, location_country="MAR"),
        event("AGREE", LBY_HOR, LBY_HCS, L2, date="2024-12-19", location="Bouznika", location_country="MAR"),
        event("SUPPORT", BOURITA, LBY_HOR, L5),
        event("SUPPORT", BOURITA, LBY_HCS, L5),
        event("AGREE", BOURITA, LBY_HOR, L6, mode="meet"),
        event("AGREE", BOURITA, LBY_HCS, L6, mode="meet"),
        event("SUPPORT", UNSMIL, LBY_HOR, L7),
        event("SUPPORT", UNSMIL, LBY_HCS, L7),
        event("REQUEST", KOURY, LBY_HOR, L8, mode="change"),
        event("REQUEST", KOURY, LBY_HCS, L8, mode="change"),
        event("REJECT", DBEIBAH, LBY_HOR, L9),
        event("REJECT", DBEIBAH, LBY_HCS, L9),
        event("REJECT", DBEIBAH, LBY_HOR, L10, mode="change"),
        event("ACCUSE", DBEIBAH, LBY_HOR, L11, mode="allege"),
        event("ACCUSE", TAKALA, MISHRI, L13, mode="disapprove"),
    ],
    "quotes": [
        quote("Geist der Verantwortung", "Nasser Bourita", "direct"),
        quote("Das Königreich sei bereit, beide Seiten auch zu weiteren Gesprächsrunden zu empfangen",
              "Nasser Bourita", "indirect"),
        quote("ermutigenden Schritt", "United Nations Support Mission in Libya", "direct"),
        quote("alle politischen und militärischen Kräfte des Landes einzubinden", "Stephanie Koury", "indirect"),
        quote("Seine Regierung der Nationalen Einheit werde die Macht nur an eine gewählte Führung übergeben",
              "Abdul Hamid Dbeibah", "indirect"),
        quote("seit Jahren Wahlen zu verhindern, um selbst an der Macht zu bleiben", "Abdul Hamid Dbeibah",
              "indirect"),
        quote("die Delegation ohne Mandat nach Marokko geschickt zu haben", "Mohamed Takala", "indirect"),
    ],
    "entities": [
        entity("Rabat", "LOC", "MAR", ["Rabat"]),
        entity("House of Representatives of Libya", "ORG", "LBY",
               ["des libyschen Parlaments", "des im Osten ansässigen Repräsentantenhauses",
                "dem Parlament im Osten"]),
        entity("High Council of State of Libya", "ORG", "LBY",
               ["des Hohen Staatsrats", "des Staatsrats in Tripolis", "im Staatsrat", "des Gremiums"]),
        entity("Morocco", "LOC", "MAR", ["Marokko", "Marokkos", "Das Königreich"]),
        entity("delegations of the Libyan House of Representatives and High Council of State", "ORG", "LBY",
               ["Die Delegationen", "beide Seiten", "der libyschen Delegationen", "die Beteiligten"]),
        entity("Tripoli", "LOC", "LBY", ["Tripolis"]),
        entity("Bouznika", "LOC", "MAR", ["der Küstenstadt Bouznika"]),
        entity("Libya", "LOC", "LBY", ["das Land", "des Landes", "Libyen"]),
        entity("Nasser Bourita", "PER", "MAR", ["Marokkos Außenminister Nasser Bourita", "er"]),
        entity("United Nations Support Mission in Libya", "ORG", "UNO",
               ["Die UN-Unterstützungsmission in Libyen", "Unsmil", "der Mission"]),
        entity("Stephanie Koury", "PER", "UNO", ["Die amtierende Leiterin der Mission, Stephanie Koury"]),
        entity("Abdul Hamid Dbeibah", "PER", "LBY",
               ["Der in Tripolis regierende Ministerpräsident Abdul Hamid Dbeibah", "Seine", "Dbeibah", "Er"]),
        entity("Government of National Unity", "ORG", "LBY", ["Seine Regierung der Nationalen Einheit"]),
        entity("Mohamed Takala", "PER", "LBY", ["Mohammed Takala"]),
        entity("Khaled al-Mishri", "PER", "LBY", ["seinem Rivalen Chaled al-Mischri"]),
        entity("Muammar al-Gaddafi", "PER", "LBY", ["Machthaber Muammar al-Gaddafi"]),
        entity("Khalifa Haftar", "PER", "LBY", ["General Chalifa Haftar", "Haftars"]),
        entity("Libyan National Army", "ORG", "LBY", ["seiner selbst ernannten Libyschen Nationalarmee"]),
        entity("Ahmed al-Mismari", "PER", "LBY", ["Haftars Sprecher Ahmed al-Mismari"]),
    ],
}

# ---------------------------------------------------------------- hm431-de-03 (Jordan, airdrop to Gaza)
JOR_AIRFORCE = actor("Royal Jordanian Air Force", "JOR", "MIL")
GAZA_WOUNDED = actor("wounded in the Gaza Strip", "PSE", "CVL")
JOR_ARMY = actor("Jordanian Armed Forces", "JOR", "MIL")
JOR_FIELD_HOSPITAL = actor("Jordanian field hospital in Gaza", "JOR", "MIL")
SAFADI = actor("Ayman Safadi", "JOR", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
JOR_GOV = actor("Government of Jordan", "JOR", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
SHOUKRY = actor("Sameh Shoukry", "EGY", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
AMMAN_PROTESTERS = actor("protesters in Amman", "JOR", "CVL")
JOR_POLICE = actor("Jordanian police", "JOR", "COP")

J1 = ("Amman (dpa) - Die jordanische Luftwaffe hat erstmals seit Beginn des Gaza-Kriegs medizinische Hilfsgüter "
      "für Verletzte im Gazastreifen aus der Luft abgeworfen.")
J2 = ("Die Pakete seien in der Nacht zum Montag mit Fallschirmen über dem jordanischen Feldlazarett in der Stadt "
      "Gaza abgesetzt worden, teilte die Armee mit.")
J3 = "König Abdullah II. hatte den Einsatz noch in der Nacht auf der Plattform X bekanntgemacht."
J4 = ("„Es ist unsere Pflicht, unseren verletzten Brüdern und Schwestern im Krieg in Gaza zu helfen“, schrieb der "
      "Monarch.")
J5 = "Das Lazarett wird seit 2009 von der jordanischen Armee betrieben."
J6 = ("Nach Angaben des Militärs gehen dort wegen der Abriegelung des Küstenstreifens Medikamente, Treibstoff und "
      "Wasser zur Neige.")
J7 = "Eine Stellungnahme der israelischen Armee zu dem Abwurf lag zunächst nicht vor."
J8 = "Außenminister Aiman Safadi warf Israel am Montag erneut Kriegsverbrechen im Gazastreifen vor."
J9 = ("Die Bombardierung von Wohnvierteln, Schulen und Krankenhäusern sei durch nichts zu rechtfertigen, sagte er "
      "in Amman.")
J10 = ("Jeden Versuch, Palästinenser aus dem Gazastreifen oder dem Westjordanland nach Jordanien zu vertreiben, werde "
       "sein Land als Kriegserklärung betrachten, warnte Safadi.")
J11 = "Jordanien hatte in der vergangenen Woche seinen Botschafter aus Israel zurückgerufen."
J12 = ("Am Samstag hatten Safadi und sein ägyptischer Kollege Samih Schukri in Amman mit US-Außenminister Antony "
       "Blinken über den Krieg beraten.")
J13 = "Die arabischen Minister forderten dabei von Washington, sich für eine sofortige Waffenruhe einzusetzen."
J14 = ("Blinken lehnte dies ab, weil eine Waffenruhe nach seinen Worten der Hamas nur Zeit verschaffen würde, sich "
       "neu zu formieren.")
J15 = ("In Amman zogen am Freitag erneut Tausende Menschen in Richtung der israelischen Botschaft, um gegen den "
       "Krieg zu protestieren.")
J16 = "Die Polizei hielt die Demonstranten mit Absperrgittern auf Abstand zu dem Gebäude."
J17 = "Festnahmen gab es nach Angaben der Polizei nicht."
J18 = "Rund die Hälfte der Bevölkerung Jordaniens ist palästinensischer Herkunft."

DE03 = {
    "id": "hm431-de-03", "lang": "de", "url": None, "published": "2023-11-06",
    "title": "Jordanien wirft Hilfsgüter über Gaza ab",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7], [J8, J9, J10, J11], [J12, J13, J14], [J15, J16, J17, J18]),
    "events": [
        event("AID", JOR_AIRFORCE, GAZA_WOUNDED, J1, location="Gaza Strip", location_country="PSE"),
        event("AID", JOR_ARMY, JOR_FIELD_HOSPITAL, J2, date="2023-11-06", location="Gaza City",
              location_country="PSE"),
        event("ACCUSE", SAFADI, ISR_GOV, J8, mode="allege", date="2023-11-06"),
        event("ACCUSE", SAFADI, ISR_GOV, J9, mode="disapprove"),
        event("THREATEN", SAFADI, ISR_GOV, J10),
        event("SANCTION", JOR_GOV, ISR_GOV, J11, mode="withdraw"),
        event("CONSULT", BLINKEN, SAFADI, J12, mode="visit", date="2023-11-04", location="Amman",
              location_country="JOR"),
        event("CONSULT", SHOUKRY, BLINKEN, J12, mode="meet", date="2023-11-04", location="Amman",
              location_country="JOR"),
        event("REQUEST", SAFADI, USA_GOV, J13),
        event("REQUEST", SHOUKRY, USA_GOV, J13),
        event("REJECT", BLINKEN, SAFADI, J14),
        event("REJECT", BLINKEN, SHOUKRY, J14),
        event("PROTEST", AMMAN_PROTESTERS, ISR_GOV, J15, mode="demo", date="2023-11-03", location="Amman",
              location_country="JOR"),
        event("COERCE", JOR_POLICE, AMMAN_PROTESTERS, J16, mode="crowd-control", location="Amman",
              location_country="JOR"),
        event("COERCE", JOR_POLICE, AMMAN_PROTESTERS, J17, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("Die Pakete seien in der Nacht zum Montag mit Fallschirmen über dem jordanischen Feldlazarett in der "
              "Stadt Gaza abgesetzt worden", "Jordanian Armed Forces", "indirect"),
        quote("Es ist unsere Pflicht, unseren verletzten Brüdern und Schwestern im Krieg in Gaza zu helfen",
              "Abdullah II", "direct"),
        quote("Nach Angaben des Militärs gehen dort wegen der Abriegelung des Küstenstreifens Medikamente, Treibstoff "
              "und Wasser zur Neige", "Jordanian Armed Forces", "indirect"),
        quote("Die Bombardierung von Wohnvierteln, Schulen und Krankenhäusern sei durch nichts zu rechtfertigen",
              "Ayman Safadi", "indirect"),
        quote("Jeden Versuch, Palästinenser aus dem Gazastreifen oder dem Westjordanland nach Jordanien zu vertreiben, "
              "werde sein Land als Kriegserklärung betrachten", "Ayman Safadi", "indirect"),
        quote("sich für eine sofortige Waffenruhe einzusetzen", "Ayman Safadi", "indirect"),
        quote("eine Waffenruhe nach seinen Worten der Hamas nur Zeit verschaffen würde, sich neu zu formieren",
              "Antony Blinken", "indirect"),
        quote("Festnahmen gab es nach Angaben der Polizei nicht", "Jordanian police", "indirect"),
    ],
    "entities": [
        entity("Amman", "LOC", "JOR", ["Amman"]),
        entity("Royal Jordanian Air Force", "ORG", "JOR", ["Die jordanische Luftwaffe"]),
        entity("Gaza Strip", "LOC", "PSE", ["im Gazastreifen", "des Küstenstreifens", "dem Gazastreifen"]),
        entity("wounded in the Gaza Strip", "PER", "PSE", ["Verletzte im Gazastreifen",
                                                          "unseren verletzten Brüdern und Schwestern"]),
        entity("Jordanian field hospital in Gaza", "ORG", "JOR",
               ["dem jordanischen Feldlazarett in der Stadt Gaza", "Das Lazarett"]),
        entity("Gaza City", "LOC", "PSE", ["der Stadt Gaza"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Jordanian Armed Forces", "ORG", "JOR", ["die Armee", "der jordanischen Armee", "des Militärs"]),
        entity("Abdullah II", "PER", "JOR", ["König Abdullah II.", "der Monarch"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["der israelischen Armee"]),
        entity("Ayman Safadi", "PER", "JOR", ["Außenminister Aiman Safadi", "er", "Safadi"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Government of Israel", "ORG", "ISR", ["Israel"]),
        entity("West Bank", "LOC", "PSE", ["dem Westjordanland"]),
        entity("Palestinians", "MISC", "PSE", ["Palästinenser"]),
        entity("Jordan", "LOC", "JOR", ["Jordanien", "sein Land", "Jordaniens"]),
        entity("Government of Jordan", "ORG", "JOR", ["Jordanien"]),
        entity("Jordanian ambassador to Israel", "PER", "JOR", ["seinen Botschafter"]),
        entity("Sameh Shoukry", "PER", "EGY", ["sein ägyptischer Kollege Samih Schukri"]),
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken", "Blinken", "seinen Worten"]),
        entity("Arab foreign ministers", "PER", "IGO", ["Die arabischen Minister"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Hamas", "ORG", "PSE", ["der Hamas"]),
        entity("protesters in Amman", "PER", "JOR", ["Tausende Menschen", "die Demonstranten"]),
        entity("Embassy of Israel in Amman", "LOC", "ISR", ["der israelischen Botschaft", "dem Gebäude"]),
        entity("Jordanian police", "ORG", "JOR", ["Die Polizei", "der Polizei"]),
    ],
}

# ---------------------------------------------------------------- hm431-de-04 (Egypt, Ahmed Douma pardoned)
SISI = actor("Abdel Fattah al-Sisi", "EGY", "GOV")
DOUMA = actor("Ahmed Douma", "EGY", "CVL")
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
EGY_COURT = actor("Cairo Criminal Court", "EGY", "JUD")
EIPR = actor("Egyptian Initiative for Personal Rights", "EGY", "NGO")
BAHGAT = actor("Hossam Bahgat", "EGY", "NGO")
ZAKI = actor("Patrick Zaki", "EGY", "CVL")
BAQER = actor("Mohamed el-Baqer", "EGY", "CVL")
EU_DELEGATION = actor("Delegation of the European Union to Egypt", "EUR", "IGO")
TANTAWY = actor("Ahmed Tantawy", "EGY", "OPP")
EGY_SECURITY = actor("Egyptian security services", "EGY", "COP")
TANTAWY_SUPPORTERS = actor("supporters of Ahmed Tantawy", "EGY", "CVL")
TANTAWY_RELATIVES = actor("relatives of Ahmed Tantawy", "EGY", "CVL")

E1 = "Kairo (dpa) - Ägyptens Präsident Abdel Fattah al-Sisi hat den prominenten Aktivisten Ahmed Douma begnadigt."
E2 = ("Douma sei am Samstag aus dem Gefängnis entlassen worden, schrieb der Abgeordnete Tarek al-Awadi, Mitglied "
      "des präsidialen Begnadigungsausschusses, auf Facebook.")
E3 = ("Der 37-Jährige war 2019 wegen der Beteiligung an Straßenschlachten vor dem Kabinettssitz in Kairo im "
      "Dezember 2011 zu 15 Jahren Haft verurteilt worden.")
E4 = "Er galt als eines der bekanntesten Gesichter des Aufstands gegen den damaligen Präsidenten Husni Mubarak."
E5 = "Die Ägyptische Initiative für persönliche Rechte (EIPR) begrüßte die Freilassung."
E6 = ("Zugleich forderte die Organisation, auch Tausende weitere politische Gefangene freizulassen, darunter den "
      "Blogger Alaa Abd el-Fattah.")
E7 = ("„Eine einzelne Begnadigung ändert nichts an einem System, das Menschen für ihre Meinung hinter Gitter "
      "bringt“, sagte EIPR-Direktor Hossam Bahgat.")
E8 = ("Im Juli hatte Sisi bereits den Forscher Patrick Zaki und den Menschenrechtsanwalt Mohamed al-Baker "
      "begnadigt.")
E9 = "Die Vertretung der Europäischen Union in Kairo sprach von einem „positiven Signal“."
E10 = ("Kritiker sehen in den Begnadigungen vor allem eine Geste an westliche Geldgeber vor der Präsidentenwahl, "
       "die Anfang kommenden Jahres stattfinden soll.")
E11 = "Die Regierung weist Vorwürfe systematischer Menschenrechtsverletzungen zurück."
E12 = ("Der oppositionelle frühere Abgeordnete Ahmed Tantawi, der bei der Wahl gegen Sisi antreten will, warf den "
       "Sicherheitsbehörden am Samstag vor, Dutzende seiner Unterstützer festgenommen zu haben.")
E13 = "Das Innenministerium äußerte sich zunächst nicht."
E14 = "Mehrere Angehörige Tantawis waren bereits im Frühjahr festgenommen worden."
E15 = "Der 44-Jährige hatte bis Mai im Exil im Libanon gelebt."

DE04 = {
    "id": "hm431-de-04", "lang": "de", "url": None, "published": "2023-08-20",
    "title": "Ägyptens Präsident begnadigt Aktivisten Ahmed Douma",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10, E11], [E12, E13, E14, E15]),
    "events": [
        event("CONCEDE", SISI, DOUMA, E1),
        event("RETREAT", EGY_GOV, DOUMA, E2, mode="release", date="2023-08-19", location_country="EGY"),
        event("SANCTION", EGY_COURT, DOUMA, E3, mode="convict"),
        event("SUPPORT", EIPR, SISI, E5),
        event("REQUEST", EIPR, EGY_GOV, E6, mode="yield"),
        event("ACCUSE", BAHGAT, EGY_GOV, E7, mode="disapprove"),
        event("CONCEDE", SISI, ZAKI, E8),
        event("CONCEDE", SISI, BAQER, E8),
        event("SUPPORT", EU_DELEGATION, SISI, E9),
        event("ACCUSE", TANTAWY, EGY_SECURITY, E12, mode="allege", date="2023-08-19"),
        event("COERCE", EGY_SECURITY, TANTAWY_RELATIVES, E14, mode="arrest"),
    ],
    "quotes": [
        quote("Douma sei am Samstag aus dem Gefängnis entlassen worden", "Tarek al-Awadi", "indirect"),
        quote("auch Tausende weitere politische Gefangene freizulassen, darunter den Blogger Alaa Abd el-Fattah",
              "Egyptian Initiative for Personal Rights", "indirect"),
        quote("Eine einzelne Begnadigung ändert nichts an einem System, das Menschen für ihre Meinung hinter Gitter "
              "bringt", "Hossam Bahgat", "direct"),
        quote("positiven Signal", "Delegation of the European Union to Egypt", "direct"),
        quote("Dutzende seiner Unterstützer festgenommen zu haben", "Ahmed Tantawy", "indirect"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["Kairo"]),
        entity("Egypt", "LOC", "EGY", ["Ägyptens"]),
        entity("Abdel Fattah al-Sisi", "PER", "EGY", ["Ägyptens Präsident Abdel Fattah al-Sisi", "Sisi"]),
        entity("Ahmed Douma", "PER", "EGY", ["den prominenten Aktivisten Ahmed Douma", "Douma", "Der 37-Jährige",
                                             "Er"]),
        entity("Tarek al-Awadi", "PER", "EGY",
               ["der Abgeordnete Tarek al-Awadi, Mitglied des präsidialen Begnadigungsausschusses"]),
        entity("Presidential Pardon Committee", "ORG", "EGY", ["des präsidialen Begnadigungsausschusses"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("Cabinet of Egypt", "ORG", "EGY", ["dem Kabinettssitz in Kairo"]),
        entity("Hosni Mubarak", "PER", "EGY", ["den damaligen Präsidenten Husni Mubarak"]),
        entity("Egyptian Initiative for Personal Rights", "ORG", "EGY",
               ["Die Ägyptische Initiative für persönliche Rechte", "EIPR", "die Organisation"]),
        entity("Alaa Abd el-Fattah", "PER", "EGY", ["den Blogger Alaa Abd el-Fattah"]),
        entity("Hossam Bahgat", "PER", "EGY", ["EIPR-Direktor Hossam Bahgat"]),
        entity("Patrick Zaki", "PER", "EGY", ["den Forscher Patrick Zaki"]),
        entity("Mohamed el-Baqer", "PER", "EGY", ["den Menschenrechtsanwalt Mohamed al-Baker"]),
        entity("Delegation of the European Union to Egypt", "ORG", "EUR",
               ["Die Vertretung der Europäischen Union in Kairo"]),
        entity("Government of Egypt", "ORG", "EGY", ["Die Regierung"]),
        entity("Ahmed Tantawy", "PER", "EGY",
               ["Der oppositionelle frühere Abgeordnete Ahmed Tantawi", "Tantawis", "Der 44-Jährige"]),
        entity("Egyptian security services", "ORG", "EGY", ["den Sicherheitsbehörden"]),
        entity("supporters of Ahmed Tantawy", "PER", "EGY", ["Dutzende seiner Unterstützer"]),
        entity("Ministry of Interior of Egypt", "ORG", "EGY", ["Das Innenministerium"]),
        entity("relatives of Ahmed Tantawy", "PER", "EGY", ["Mehrere Angehörige Tantawis"]),
        entity("Lebanon", "LOC", "LBN", ["im Libanon"]),
    ],
}

# ---------------------------------------------------------------- hm431-en-01 (Kuwait/Philippines, visa freeze)
KWT_GOV = actor("Government of Kuwait", "KWT", "GOV")
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
KWT_INTERIOR = actor("Ministry of Interior of Kuwait", "KWT", "GOV")
KWT_OFFICIAL = actor("Kuwaiti official", "KWT", "GOV")
PHL_EMBASSY = actor("Embassy of the Philippines in Kuwait", "PHL", "GOV")
PHL_DMW = actor("Department of Migrant Workers of the Philippines", "PHL", "GOV")
OPLE = actor("Susan Ople", "PHL", "GOV")
KWT_POLICE = actor("Kuwaiti police", "KWT", "COP")
RANARA_SUSPECT = actor("son of Jullebee Ranara's employer", "KWT", "CVL")
KWT_PROSECUTORS = actor("Public Prosecution of Kuwait", "KWT", "JUD")
PHL_SENATORS = actor("Philippine senators", "PHL", "LEG")
HRW = actor("Human Rights Watch", "NGO", "NGO")
DUTERTE = actor("Rodrigo Duterte", "PHL", "GOV")

K1 = ("KUWAIT CITY (AP) — Kuwait has suspended all new visas for citizens of the Philippines, accusing Manila of "
      "breaching a labor agreement in an escalating dispute over the treatment of Filipino domestic workers.")
K2 = ("The Interior Ministry said Wednesday that the suspension covered work, family, tourist and commercial visas "
      "and would remain in place until further notice.")
K3 = "Filipinos who already hold residency permits are not affected, the ministry added."
K4 = ("A Kuwaiti official, speaking on condition of anonymity, said Philippine Embassy staff had sheltered runaway "
      "maids and tried to track down Filipino workers without the government's permission.")
K5 = ("The Philippine Department of Migrant Workers said it would send a delegation to Kuwait City for talks on the "
      "dispute.")
K6 = ("“Our priority remains the welfare of the more than 200,000 Filipinos who live and work in Kuwait,” Migrant "
      "Workers Secretary Susan Ople told reporters in Manila.")
K7 = "Kuwaiti officials have pressed Manila to lift a ban on sending first-time domestic workers to the Gulf state."
K8 = "Ople said the ban would stay until Kuwait guaranteed stronger protections for domestic helpers."
K9 = ("Manila imposed the ban in February after the killing of Jullebee Ranara, a 35-year-old housemaid whose burned "
      "body was found in the desert in January.")
K10 = ("Kuwaiti police arrested the 17-year-old son of her employer, and prosecutors have charged him with her "
       "murder.")
K11 = ("Ranara's death caused outrage in the Philippines, where several senators called for a total ban on "
       "deployments to Kuwait.")
K12 = "Kuwait's Foreign Ministry denied that the visa freeze was retaliation for the deployment ban."
K13 = "Human Rights Watch urged both governments to put the safety of workers ahead of the diplomatic row."
K14 = ("Migrant workers in Kuwait are employed under the kafala sponsorship system, which ties their legal status to "
       "their employers.")
K15 = ("About 268,000 Filipinos live in Kuwait, according to Philippine government figures, most of them working as "
       "domestic helpers.")
K16 = ("In 2018, then-President Rodrigo Duterte banned deployments to Kuwait after the body of Filipina maid Joanna "
       "Demafelis was found in a freezer.")

EN01 = {
    "id": "hm431-en-01", "lang": "en", "url": None, "published": "2023-05-11",
    "title": "Kuwait suspends visas for Filipinos as labor row escalates",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9, K10, K11], [K12, K13, K14], [K15, K16]),
    "events": [
        event("SANCTION", KWT_GOV, PHL_GOV, K1, mode="discontinue"),
        event("ACCUSE", KWT_GOV, PHL_GOV, K1, mode="allege"),
        event("SANCTION", KWT_INTERIOR, PHL_GOV, K2, mode="discontinue", date="2023-05-10"),
        event("ACCUSE", KWT_OFFICIAL, PHL_EMBASSY, K4, mode="allege"),
        event("AGREE", PHL_DMW, KWT_GOV, K5, mode="meet"),
        event("REQUEST", KWT_GOV, PHL_GOV, K7, mode="yield"),
        event("REJECT", OPLE, KWT_GOV, K8, mode="yield"),
        event("REQUEST", OPLE, KWT_GOV, K8, mode="change"),
        event("SANCTION", PHL_GOV, KWT_GOV, K9, mode="discontinue"),
        event("COERCE", KWT_POLICE, RANARA_SUSPECT, K10, mode="arrest"),
        event("ACCUSE", KWT_PROSECUTORS, RANARA_SUSPECT, K10, mode="allege"),
        event("REQUEST", PHL_SENATORS, PHL_GOV, K11, mode="change"),
        event("REQUEST", HRW, KWT_GOV, K13),
        event("REQUEST", HRW, PHL_GOV, K13),
        event("SANCTION", DUTERTE, KWT_GOV, K16, mode="discontinue"),
    ],
    "quotes": [
        quote("the suspension covered work, family, tourist and commercial visas and would remain in place until "
              "further notice", "Ministry of Interior of Kuwait", "indirect"),
        quote("Filipinos who already hold residency permits are not affected", "Ministry of Interior of Kuwait",
              "indirect"),
        quote("Philippine Embassy staff had sheltered runaway maids and tried to track down Filipino workers without "
              "the government's permission", "Kuwaiti official", "indirect"),
        quote("it would send a delegation to Kuwait City for talks on the dispute",
              "Department of Migrant Workers of the Philippines", "indirect"),
        quote("Our priority remains the welfare of the more than 200,000 Filipinos who live and work in Kuwait",
              "Susan Ople", "direct"),
        quote("the ban would stay until Kuwait guaranteed stronger protections for domestic helpers", "Susan Ople",
              "indirect"),
        quote("About 268,000 Filipinos live in Kuwait", "Government of the Philippines", "indirect"),
    ],
    "entities": [
        entity("Kuwait City", "LOC", "KWT", ["KUWAIT CITY", "Kuwait City"]),
        entity("Kuwait", "LOC", "KWT", ["Kuwait", "the Gulf state"]),
        entity("Government of Kuwait", "ORG", "KWT", ["Kuwait", "the government's", "Kuwaiti officials",
                                                      "both governments"]),
        entity("Philippines", "LOC", "PHL", ["the Philippines"]),
        entity("Government of the Philippines", "ORG", "PHL", ["Manila", "both governments"]),
        entity("Filipino domestic workers", "PER", "PHL", ["Filipino domestic workers", "Filipino workers",
                                                           "domestic helpers"]),
        entity("Ministry of Interior of Kuwait", "ORG", "KWT", ["The Interior Ministry", "the ministry"]),
        entity("Kuwaiti official", "PER", "KWT", ["A Kuwaiti official"]),
        entity("Embassy of the Philippines in Kuwait", "ORG", "PHL", ["Philippine Embassy staff"]),
        entity("Department of Migrant Workers of the Philippines", "ORG", "PHL",
               ["The Philippine Department of Migrant Workers", "it"]),
        entity("Susan Ople", "PER", "PHL", ["Migrant Workers Secretary Susan Ople", "Ople"]),
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("Jullebee Ranara", "PER", "PHL", ["Jullebee Ranara, a 35-year-old housemaid", "her", "Ranara's"]),
        entity("Kuwaiti police", "ORG", "KWT", ["Kuwaiti police"]),
        entity("son of Jullebee Ranara's employer", "PER", "KWT", ["the 17-year-old son of her employer", "him"]),
        entity("employer of Jullebee Ranara", "PER", "KWT", ["her employer"]),
        entity("Public Prosecution of Kuwait", "ORG", "KWT", ["prosecutors"]),
        entity("Philippine senators", "PER", "PHL", ["several senators"]),
        entity("Ministry of Foreign Affairs of Kuwait", "ORG", "KWT", ["Kuwait's Foreign Ministry"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("kafala", "MISC", "KWT", ["the kafala sponsorship system"]),
        entity("Rodrigo Duterte", "PER", "PHL", ["then-President Rodrigo Duterte"]),
        entity("Joanna Demafelis", "PER", "PHL", ["Filipina maid Joanna Demafelis"]),
    ],
}

# ---------------------------------------------------------------- hm431-en-02 (Libya/Russia, Yevkurov in Benghazi)
YEVKUROV = actor("Yunus-Bek Yevkurov", "RUS", "MIL")
HAFTAR = actor("Khalifa Haftar", "LBY", "MIL")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
USA_GOV_E = actor("Government of the United States", "USA", "GOV")
BURNS = actor("William Burns", "USA", "GOV")
LBY_MFA = actor("Ministry of Foreign Affairs of Libya", "LBY", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
NORLAND = actor("Richard Norland", "USA", "GOV")
WAGNER = actor("Wagner Group", "RUS", "MIL")

R1 = ("BENGHAZI, Libya (AP) — A Russian military delegation led by Deputy Defense Minister Yunus-Bek Yevkurov met "
      "Tuesday with eastern Libyan commander Khalifa Hifter in Benghazi, in what Hifter's forces described as the "
      "first official visit of its kind.")
R2 = ("The two sides discussed cooperation in fighting terrorism and ways to support Hifter's self-styled Libyan "
      "National Army, according to a statement from the force.")
R3 = "Yevkurov also conveyed an invitation from President Vladimir Putin for Hifter to visit Moscow, the statement said."
R4 = ("Hifter accepted the invitation and would travel to Russia “at the appropriate time,” his spokesman Ahmed "
      "al-Mismari said.")
R5 = "Russia's Defense Ministry did not comment on the talks."
R6 = ("The visit came as Moscow seeks to bring the Wagner mercenary group's operations in Africa under tighter "
      "state control.")
R7 = "Several thousand Wagner fighters are believed to be deployed in eastern and southern Libya."
R8 = "Washington has repeatedly urged Hifter to expel the group."
R9 = ("CIA Director William Burns raised the issue with him during a visit to Benghazi in January, according to "
      "U.S. officials.")
R10 = ("In Tripoli, the Foreign Ministry of the internationally recognized Government of National Unity summoned "
       "Russia's charge d'affaires to protest the visit, a ministry official said.")
R11 = ("Any military cooperation with foreign states had to go through the country's legitimate authorities, the "
       "official said.")
R12 = ("U.S. special envoy Richard Norland warned that Wagner's presence threatened Libya's sovereignty and the "
       "stability of the wider region.")
R13 = "Libya has been split between rival administrations in the east and west for most of the past decade."
R14 = ("Hifter, who also holds U.S. citizenship, controls much of eastern and southern Libya, including key oil "
       "fields.")
R15 = "Elections planned for December 2021 were called off amid disputes over the eligibility of candidates."

EN02 = {
    "id": "hm431-en-02", "lang": "en", "url": None, "published": "2023-08-23",
    "title": "Russian deputy defense minister meets Libya's Hifter in Benghazi",
    "text": paragraphs([R1, R2, R3, R4, R5], [R6, R7, R8, R9], [R10, R11, R12], [R13, R14, R15]),
    "events": [
        event("CONSULT", YEVKUROV, HAFTAR, R1, mode="visit", date="2023-08-22", location="Benghazi",
              location_country="LBY"),
        event("CONSULT", YEVKUROV, HAFTAR, R2, mode="meet"),
        event("AGREE", PUTIN, HAFTAR, R3),
        event("AGREE", HAFTAR, PUTIN, R4, mode="meet"),
        event("REQUEST", USA_GOV_E, HAFTAR, R8, mode="change"),
        event("CONSULT", BURNS, HAFTAR, R9, mode="visit", location="Benghazi", location_country="LBY"),
        event("ACCUSE", LBY_MFA, RUS_GOV, R10, mode="disapprove", location="Tripoli", location_country="LBY"),
        event("ACCUSE", NORLAND, WAGNER, R12, mode="disapprove"),
    ],
    "quotes": [
        quote("the first official visit of its kind", "Libyan National Army", "indirect"),
        quote("The two sides discussed cooperation in fighting terrorism and ways to support Hifter's self-styled "
              "Libyan National Army", "Libyan National Army", "indirect"),
        quote("Yevkurov also conveyed an invitation from President Vladimir Putin for Hifter to visit Moscow",
              "Libyan National Army", "indirect"),
        quote("at the appropriate time", "Ahmed al-Mismari", "direct"),
        quote("Hifter accepted the invitation and would travel to Russia “at the appropriate time,”",
              "Ahmed al-Mismari", "indirect"),
        quote("CIA Director William Burns raised the issue with him during a visit to Benghazi in January",
              "U.S. officials", "indirect"),
        quote("In Tripoli, the Foreign Ministry of the internationally recognized Government of National Unity "
              "summoned Russia's charge d'affaires to protest the visit", "Libyan foreign ministry official",
              "indirect"),
        quote("Any military cooperation with foreign states had to go through the country's legitimate authorities",
              "Libyan foreign ministry official", "indirect"),
        quote("Wagner's presence threatened Libya's sovereignty and the stability of the wider region",
              "Richard Norland", "indirect"),
    ],
    "entities": [
        entity("Benghazi", "LOC", "LBY", ["BENGHAZI", "Benghazi"]),
        entity("Libya", "LOC", "LBY", ["Libya", "the country's", "Libya's"]),
        entity("Russian military delegation", "ORG", "RUS", ["A Russian military delegation"]),
        entity("Yunus-Bek Yevkurov", "PER", "RUS", ["Deputy Defense Minister Yunus-Bek Yevkurov", "Yevkurov"]),
        entity("Khalifa Haftar", "PER", "LBY", ["eastern Libyan commander Khalifa Hifter", "Hifter's", "Hifter",
                                                "him", "his"]),
        entity("Libyan National Army", "ORG", "LBY", ["Hifter's forces", "Hifter's self-styled Libyan National Army",
                                                      "the force"]),
        entity("Vladimir Putin", "PER", "RUS", ["President Vladimir Putin"]),
        entity("Moscow", "LOC", "RUS", ["Moscow"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow"]),
        entity("Ahmed al-Mismari", "PER", "LBY", ["his spokesman Ahmed al-Mismari"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Russia's Defense Ministry"]),
        entity("Wagner Group", "ORG", "RUS", ["the Wagner mercenary group's", "Wagner fighters", "the group",
                                              "Wagner's"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("William Burns", "PER", "USA", ["CIA Director William Burns"]),
        entity("Central Intelligence Agency", "ORG", "USA", ["CIA"]),
        entity("U.S. officials", "PER", "USA", ["U.S. officials"]),
        entity("Tripoli", "LOC", "LBY", ["Tripoli"]),
        entity("Ministry of Foreign Affairs of Libya", "ORG", "LBY",
               ["the Foreign Ministry of the internationally recognized Government of National Unity"]),
        entity("Government of National Unity", "ORG", "LBY",
               ["the internationally recognized Government of National Unity"]),
        entity("Russian charge d'affaires in Libya", "PER", "RUS", ["Russia's charge d'affaires"]),
        entity("Libyan foreign ministry official", "PER", "LBY", ["a ministry official", "the official"]),
        entity("Richard Norland", "PER", "USA", ["U.S. special envoy Richard Norland"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
