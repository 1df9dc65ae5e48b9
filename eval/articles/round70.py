"""Round 70: six invented wire-style articles (4 German, 2 English), written blind.

Stories (Africa and Latin America, 2024-2025):
- hm70-de-01: Bobi Wine's bodyguard Eddie Mutwe remanded after army chief Muhoozi boasted of holding
  him (May 2025).
- hm70-de-02: Venezuela declares Trinidad and Tobago's prime minister persona non grata and suspends
  the Dragon gas deal over the USS Gravely's visit (Oct 2025).
- hm70-de-03: clashes and arrests at the pensioners' Wednesday protest at Argentina's Congress
  (Mar 2025).
- hm70-de-04: Egypt flies weapons to Mogadishu under its defence pact with Somalia, Ethiopia warns
  (Aug 2024).
- hm70-en-01: South African police cut off supplies to illegal miners in Stilfontein (Nov 2024).
- hm70-en-02: Trump threatens military action in Nigeria over killings of Christians (Nov 2025).

The events are invented, plausible, not reported facts.
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm70-de-01 (Uganda)
G1 = ("Ein Gericht in Masaka hat am Montag Untersuchungshaft gegen Edward Ssebuufu, einen Leibwächter "
      "des ugandischen Oppositionsführers Bobi Wine, angeordnet.")
G2 = ("Die Staatsanwaltschaft wirft dem als Eddie Mutwe bekannten Aktivisten vor, einem Soldaten ein "
      "Mobiltelefon geraubt zu haben.")
G3 = "Ssebuufu war Ende April in Kampala verschwunden."
G4 = ("Armeechef Muhoozi Kainerugaba, der Sohn von Präsident Yoweri Museveni, hatte danach auf der "
      "Plattform X erklärt, er halte Mutwe in seinem Keller fest.")
G5 = "Bobi Wine warf dem General Folter vor und forderte die sofortige Freilassung seines Mitarbeiters."
G6 = ("„Das ist ein Staat, in dem ein General Bürger foltert und damit prahlt“, sagte er vor "
      "Journalisten in Kampala.")
G7 = "Vizeparlamentspräsident Thomas Tayebwa nannte die Behandlung Ssebuufus »inakzeptabel«."
G8 = "Eine Entschuldigung Muhoozis gab es nicht."
G9 = "Stattdessen drohte er, weitere Anhänger der Oppositionspartei NUP festnehmen zu lassen."
G10 = ("Das UN-Menschenrechtsbüro forderte die Regierung in Kampala zu einer »unabhängigen "
       "Untersuchung« auf.")
G11 = "Uganda wählt im Januar 2026 einen neuen Präsidenten."

MUTWE = actor("Edward Ssebuufu", "UGA", "OPP")
MUHOOZI = actor("Muhoozi Kainerugaba", "UGA", "MIL")
BOBI = actor("Bobi Wine", "UGA", "OPP")

UGANDA = {
    "id": "hm70-de-01", "lang": "de", "url": None, "published": "2025-05-05",
    "title": "Leibwächter von Bobi Wine nach Verschwinden in Untersuchungshaft",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7], [G8, G9, G10, G11]),
    "events": [
        event("COERCE", actor("Masaka court", "UGA", "JUD"), MUTWE, G1, mode="arrest", date="2025-05-05",
              location="Masaka", location_country="UGA"),
        event("ACCUSE", actor("Uganda prosecutors", "UGA", "JUD"), MUTWE, G2, mode="allege"),
        event("ASSAULT", MUHOOZI, MUTWE, G4, mode="abduct"),
        event("ACCUSE", BOBI, MUHOOZI, G5, mode="allege"),
        event("REQUEST", BOBI, MUHOOZI, G5),
        event("ACCUSE", BOBI, MUHOOZI, G6, mode="disapprove"),
        event("ACCUSE", actor("Thomas Tayebwa", "UGA", "LEG"), MUHOOZI, G7, mode="disapprove"),
        event("CONCEDE", MUHOOZI, None, G8, negated=True),
        event("THREATEN", MUHOOZI, actor("National Unity Platform", "UGA", "PTY"), G9),
        event("REQUEST", actor("UN Human Rights Office", "UNO", "IGO"),
              actor("Government of Uganda", "UGA", "GOV"), G10),
    ],
    "quotes": [
        quote("einem Soldaten ein Mobiltelefon geraubt zu haben", "Uganda prosecutors", "indirect"),
        quote("er halte Mutwe in seinem Keller fest", "Muhoozi Kainerugaba", "indirect"),
        quote("Das ist ein Staat, in dem ein General Bürger foltert und damit prahlt", "Bobi Wine", "direct"),
        quote("inakzeptabel", "Thomas Tayebwa", "direct"),
        quote("unabhängigen Untersuchung", "UN Human Rights Office", "direct"),
    ],
    "entities": [
        entity("Masaka court", "ORG", "UGA", ["Ein Gericht in Masaka"]),
        entity("Masaka", "LOC", "UGA", ["Masaka"]),
        entity("Edward Ssebuufu", "PER", "UGA",
               ["Edward Ssebuufu", "einen Leibwächter des ugandischen Oppositionsführers Bobi Wine",
                "dem als Eddie Mutwe bekannten Aktivisten", "Ssebuufu", "Mutwe", "seines Mitarbeiters",
                "Ssebuufus"]),
        entity("Bobi Wine", "PER", "UGA", ["des ugandischen Oppositionsführers Bobi Wine", "Bobi Wine", "er"]),
        entity("Uganda prosecutors", "ORG", "UGA", ["Die Staatsanwaltschaft"]),
        entity("Kampala", "LOC", "UGA", ["Kampala"]),
        entity("Muhoozi Kainerugaba", "PER", "UGA",
               ["Armeechef Muhoozi Kainerugaba", "dem General", "Muhoozis", "er"]),
        entity("Yoweri Museveni", "PER", "UGA", ["Präsident Yoweri Museveni"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Thomas Tayebwa", "PER", "UGA", ["Vizeparlamentspräsident Thomas Tayebwa"]),
        entity("National Unity Platform", "ORG", "UGA", ["der Oppositionspartei NUP"]),
        entity("UN Human Rights Office", "ORG", "UNO", ["Das UN-Menschenrechtsbüro"]),
        entity("Government of Uganda", "ORG", "UGA", ["die Regierung in Kampala"]),
        entity("Uganda", "GPE", "UGA", ["Uganda"]),
    ],
}

# ---------------------------------------------------------------- hm70-de-02 (Venezuela/Trinidad)
H1 = ("Venezuelas Nationalversammlung hat die Regierungschefin von Trinidad und Tobago, Kamla "
      "Persad-Bissessar, am Dienstag zur unerwünschten Person erklärt.")
H2 = ("Der US-Zerstörer USS Gravely war am Sonntag in Port of Spain eingelaufen, um mehrere Tage mit den "
      "Streitkräften des Inselstaats zu üben.")
H3 = "Caracas wirft Washington und Port of Spain vor, einen Angriff auf Venezuela vorzubereiten."
H4 = ("Präsident Nicolás Maduro hatte bereits am Montag ein Energieabkommen mit dem Nachbarland über "
      "die Ausbeutung des Gasfeldes Dragon ausgesetzt.")
H5 = "Er warf Persad-Bissessar vor, ihr Land in einen »Flugzeugträger des US-Imperiums« zu verwandeln."
H6 = "Persad-Bissessar wies die Vorwürfe zurück."
H7 = "»Wir lassen uns nicht einschüchtern, und unsere Sicherheit ist uns wichtiger als Gas«, sagte sie."
H8 = "Die USA haben in den vergangenen Wochen mehrere Kriegsschiffe und Tausende Soldaten in die Karibik verlegt."
H9 = "Die Karibische Gemeinschaft Caricom rief beide Seiten zur Zurückhaltung auf."

VEN = actor("Venezuela", "VEN", "GOV")
TTO = actor("Trinidad and Tobago", "TTO", "GOV")
KAMLA = actor("Kamla Persad-Bissessar", "TTO", "GOV")
CARICOM = actor("Caribbean Community (Caricom)", "IGO", "IGO")

TRINIDAD = {
    "id": "hm70-de-02", "lang": "de", "url": None, "published": "2025-10-28",
    "title": "Venezuela erklärt Trinidads Regierungschefin zur unerwünschten Person",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7], [H8, H9]),
    "events": [
        event("SANCTION", actor("National Assembly of Venezuela", "VEN", "LEG"), KAMLA, H1, mode="expel",
              date="2025-10-28"),
        event("COOPERATE", actor("United States Navy", "USA", "MIL"),
              actor("Trinidad and Tobago Defence Force", "TTO", "MIL"), H2, date="2025-10-26",
              location="Port of Spain", location_country="TTO"),
        event("ACCUSE", VEN, actor("United States", "USA", "GOV"), H3, mode="allege"),
        event("ACCUSE", VEN, TTO, H3, mode="allege"),
        event("SANCTION", actor("Nicolás Maduro", "VEN", "GOV"), TTO, H4, mode="discontinue",
              date="2025-10-27"),
        event("ACCUSE", actor("Nicolás Maduro", "VEN", "GOV"), KAMLA, H5, mode="allege"),
        event("MOBILIZE", actor("United States", "USA", "MIL"), None, H8, mode="troops"),
        event("REQUEST", CARICOM, VEN, H9),
        event("REQUEST", CARICOM, TTO, H9),
    ],
    "quotes": [
        quote("einen Angriff auf Venezuela vorzubereiten", "Venezuela", "indirect"),
        quote("Flugzeugträger des US-Imperiums", "Nicolás Maduro", "direct"),
        quote("ihr Land in einen »Flugzeugträger des US-Imperiums« zu verwandeln", "Nicolás Maduro", "indirect"),
        quote("Wir lassen uns nicht einschüchtern, und unsere Sicherheit ist uns wichtiger als Gas",
              "Kamla Persad-Bissessar", "direct"),
    ],
    "entities": [
        entity("Venezuela", "GPE", "VEN", ["Venezuelas", "Caracas", "Venezuela"]),
        entity("National Assembly of Venezuela", "ORG", "VEN", ["Venezuelas Nationalversammlung"]),
        entity("Trinidad and Tobago", "GPE", "TTO",
               ["Trinidad und Tobago", "des Inselstaats", "Port of Spain", "dem Nachbarland", "ihr Land"]),
        entity("Kamla Persad-Bissessar", "PER", "TTO",
               ["die Regierungschefin von Trinidad und Tobago, Kamla Persad-Bissessar", "Persad-Bissessar",
                "sie"]),
        entity("USS Gravely", "ORG", "USA", ["Der US-Zerstörer USS Gravely"]),
        entity("Port of Spain", "LOC", "TTO", ["Port of Spain"]),
        entity("Trinidad and Tobago Defence Force", "ORG", "TTO", ["den Streitkräften des Inselstaats"]),
        entity("United States", "GPE", "USA", ["Washington", "Die USA"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Präsident Nicolás Maduro", "Er"]),
        entity("Dragon gas field", "LOC", None, ["des Gasfeldes Dragon"]),
        entity("Caribbean", "LOC", None, ["die Karibik"]),
        entity("Caribbean Community (Caricom)", "ORG", "IGO", ["Die Karibische Gemeinschaft Caricom"]),
    ],
}

# ---------------------------------------------------------------- hm70-de-03 (Argentina)
I1 = ("Bei Zusammenstößen vor dem Kongress in Buenos Aires sind am Mittwoch nach Polizeiangaben mehr als "
      "hundert Menschen festgenommen worden.")
I2 = ("Tausende Rentner hatten sich wie jede Woche versammelt, um gegen die Kürzungen ihrer Renten durch "
      "die Regierung von Präsident Javier Milei zu protestieren.")
I3 = "Die Sicherheitskräfte setzten Tränengas, Gummigeschosse und Wasserwerfer gegen die Demonstranten ein."
I4 = "Ein Fotograf wurde von einer Tränengasgranate am Kopf getroffen und schwer verletzt."
I5 = ("Sicherheitsministerin Patricia Bullrich warf Hooligans vor, die Proteste für einen Umsturzversuch "
      "zu missbrauchen.")
I6 = "„Die Polizei hat ihre Arbeit gemacht“, sagte sie dem Sender LN+."
I7 = "Die Richterin Karina Andrade ordnete in der Nacht die Freilassung aller Festgenommenen an."
I7b = "Bis Donnerstagmorgen ließ die Polizei fast alle wieder frei."
I8 = "Die Regierung zeigte die Richterin daraufhin wegen Amtsmissbrauchs an."
I9 = "Oppositionsabgeordnete forderten den Rücktritt Bullrichs."
I10 = "Der Gewerkschaftsbund CGT verurteilte die »brutale Repression«."
I11 = "Milei lobte dagegen die Sicherheitskräfte auf der Plattform X."

ARG_COP = actor("Argentine security forces", "ARG", "COP")
ARG_PROT = actor("Argentine protesters", "ARG", "CVL")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
BULLRICH = actor("Patricia Bullrich", "ARG", "GOV")
ANDRADE = actor("Karina Andrade", "ARG", "JUD")

ARGENTINA = {
    "id": "hm70-de-03", "lang": "de", "url": None, "published": "2025-03-13",
    "title": "Über hundert Festnahmen bei Rentnerprotest in Buenos Aires",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I7b, I8], [I9, I10, I11]),
    "events": [
        event("COERCE", ARG_COP, ARG_PROT, I1, mode="arrest", date="2025-03-12", location="Buenos Aires",
              location_country="ARG"),
        event("PROTEST", actor("Argentine pensioners", "ARG", "CVL"), ARG_GOV, I2, mode="demo"),
        event("ASSAULT", ARG_COP, ARG_PROT, I3, mode="crowd-control"),
        event("ACCUSE", BULLRICH, actor("Argentine football hooligans", "ARG", "CVL"), I5, mode="allege"),
        event("SUPPORT", BULLRICH, ARG_COP, I6),
        event("REQUEST", ANDRADE, ARG_COP, I7),
        event("RETREAT", ARG_COP, ARG_PROT, I7b, mode="release", date="2025-03-13"),
        event("ACCUSE", ARG_GOV, ANDRADE, I8, mode="allege"),
        event("REQUEST", actor("Argentine opposition lawmakers", "ARG", "LEG"), BULLRICH, I9),
        event("ACCUSE", actor("General Confederation of Labour (CGT)", "ARG", "LAB"), ARG_GOV, I10,
              mode="disapprove"),
        event("SUPPORT", actor("Javier Milei", "ARG", "GOV"), ARG_COP, I11),
    ],
    "quotes": [
        quote("Bei Zusammenstößen vor dem Kongress in Buenos Aires sind am Mittwoch nach Polizeiangaben mehr "
              "als hundert Menschen festgenommen worden", "Argentine security forces", "indirect"),
        quote("die Proteste für einen Umsturzversuch zu missbrauchen", "Patricia Bullrich", "indirect"),
        quote("Die Polizei hat ihre Arbeit gemacht", "Patricia Bullrich", "direct"),
        quote("brutale Repression", "General Confederation of Labour (CGT)", "direct"),
    ],
    "entities": [
        entity("National Congress of Argentina", "ORG", "ARG", ["dem Kongress"]),
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Argentine protesters", "ORG", "ARG", ["mehr als hundert Menschen", "die Demonstranten", "aller Festgenommenen", "fast alle"]),
        entity("Argentine pensioners", "ORG", "ARG", ["Tausende Rentner"]),
        entity("Government of Argentina", "ORG", "ARG",
               ["die Regierung von Präsident Javier Milei", "Die Regierung"]),
        entity("Javier Milei", "PER", "ARG", ["Präsident Javier Milei", "Milei"]),
        entity("Argentine security forces", "ORG", "ARG", ["Die Sicherheitskräfte", "Die Polizei", "die Polizei",
                                                            "die Sicherheitskräfte"]),
        entity("Photographer injured in Buenos Aires", "PER", "ARG", ["Ein Fotograf"]),
        entity("Patricia Bullrich", "PER", "ARG", ["Sicherheitsministerin Patricia Bullrich", "sie", "Bullrichs"]),
        entity("Argentine football hooligans", "ORG", "ARG", ["Hooligans"]),
        entity("LN+", "ORG", "ARG", ["dem Sender LN+"]),
        entity("Karina Andrade", "PER", "ARG", ["Die Richterin Karina Andrade", "die Richterin"]),
        entity("Argentine opposition lawmakers", "ORG", "ARG", ["Oppositionsabgeordnete"]),
        entity("General Confederation of Labour (CGT)", "ORG", "ARG", ["Der Gewerkschaftsbund CGT"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
    ],
}

# ---------------------------------------------------------------- hm70-de-04 (Egypt/Somalia/Ethiopia)
J1 = ("Zwei ägyptische Militärflugzeuge mit Waffen und Munition sind am Dienstag in der somalischen "
      "Hauptstadt Mogadischu gelandet.")
J2 = "Ägypten und Somalia hatten Mitte August in Kairo ein Verteidigungsabkommen unterzeichnet."
J3 = "Der somalische Botschafter in Kairo sprach von einem »historischen Schritt«."
J4 = ("Das Außenministerium in Addis Abeba warf Mogadischu vor, mit »externen Akteuren« "
      "zusammenzuarbeiten, um die Region zu destabilisieren.")
J5 = "Äthiopien werde nicht tatenlos zusehen, hieß es in der Erklärung."
J6 = ("Mogadischu wirft Addis Abeba seinerseits vor, mit einem Hafenabkommen mit der abtrünnigen Region "
      "Somaliland die Souveränität Somalias zu verletzen.")
J7 = ("Kairo sagte zudem zu, ab Januar Soldaten für die neue Mission der Afrikanischen Union in Somalia "
      "zu stellen.")
J8 = "Die Afrikanische Union rief Äthiopien und Somalia auf, ihren Streit auf dem Verhandlungsweg beizulegen."
J9 = "Äthiopien hat rund 3000 Soldaten in Somalia stationiert, die gegen die Islamistenmiliz Al-Shabaab kämpfen."

EGY = actor("Egypt", "EGY", "GOV")
SOM = actor("Somalia", "SOM", "GOV")
ETH = actor("Ethiopia", "ETH", "GOV")
ETH_MFA = actor("Ministry of Foreign Affairs of Ethiopia", "ETH", "GOV")
AU = actor("African Union", "IGO", "IGO")

SOMALIA = {
    "id": "hm70-de-04", "lang": "de", "url": None, "published": "2024-08-29",
    "title": "Ägypten liefert Waffen nach Somalia – Äthiopien warnt",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6], [J7, J8, J9]),
    "events": [
        event("AID", EGY, SOM, J1, date="2024-08-27", location="Mogadishu", location_country="SOM"),
        event("SUPPORT", EGY, SOM, J2, location="Cairo", location_country="EGY"),
        event("ACCUSE", ETH_MFA, SOM, J4, mode="allege"),
        event("THREATEN", ETH_MFA, SOM, J5),
        event("ACCUSE", SOM, ETH, J6, mode="allege"),
        event("AGREE", EGY, AU, J7),
        event("REQUEST", AU, ETH, J8),
        event("REQUEST", AU, SOM, J8),
    ],
    "quotes": [
        quote("historischen Schritt", "Ambassador of Somalia to Egypt", "direct"),
        quote("externen Akteuren", "Ministry of Foreign Affairs of Ethiopia", "direct"),
        quote("mit »externen Akteuren« zusammenzuarbeiten, um die Region zu destabilisieren",
              "Ministry of Foreign Affairs of Ethiopia", "indirect"),
        quote("Äthiopien werde nicht tatenlos zusehen", "Ministry of Foreign Affairs of Ethiopia", "indirect"),
        quote("mit einem Hafenabkommen mit der abtrünnigen Region Somaliland die Souveränität Somalias zu "
              "verletzen", "Somalia", "indirect"),
    ],
    "entities": [
        entity("Egyptian Armed Forces", "ORG", "EGY", ["Zwei ägyptische Militärflugzeuge"]),
        entity("Mogadishu", "LOC", "SOM", ["der somalischen Hauptstadt Mogadischu"]),
        entity("Egypt", "GPE", "EGY", ["Ägypten", "Kairo"]),
        entity("Somalia", "GPE", "SOM", ["Somalia", "Mogadischu", "Somalias"]),
        entity("Cairo", "LOC", "EGY", ["in Kairo"]),
        entity("Ambassador of Somalia to Egypt", "PER", "SOM", ["Der somalische Botschafter in Kairo"]),
        entity("Ministry of Foreign Affairs of Ethiopia", "ORG", "ETH",
               ["Das Außenministerium in Addis Abeba", "der Erklärung"]),
        entity("Ethiopia", "GPE", "ETH", ["Äthiopien", "Addis Abeba"]),
        entity("Somaliland", "GPE", "SOM", ["der abtrünnigen Region Somaliland"]),
        entity("African Union", "ORG", "IGO", ["der Afrikanischen Union", "Die Afrikanische Union"]),
        entity("African Union mission in Somalia", "ORG", "IGO",
               ["die neue Mission der Afrikanischen Union in Somalia"]),
        entity("Ethiopian troops in Somalia", "ORG", "ETH", ["rund 3000 Soldaten"]),
        entity("Al-Shabaab", "ORG", "SOM", ["die Islamistenmiliz Al-Shabaab"]),
    ],
}

# ---------------------------------------------------------------- hm70-en-01 (South Africa)
K1 = ("South African police have cut off food and water supplies to hundreds of illegal miners "
      "underground in a disused gold mine in Stilfontein, saying they must come to the surface and face "
      "arrest.")
K2 = ("“We are not sending help to criminals. We are going to smoke them out,” Khumbudzo Ntshavheni, a "
      "minister in the presidency, said on Wednesday.")
K3 = "Police said more than 1,000 miners had been arrested since the operation began in August."
K4 = ("A civic group, the Society for the Protection of our Constitution, has taken the police to court "
      "over the blockade.")
K5 = ("Its lawyer said the miners were being “starved to death” and that at least one body had been "
      "brought up by other miners.")
K6 = "Police spokeswoman Athlenda Mathe denied blocking the shafts, saying miners were free to leave."
K7 = ("Mozambique's high commissioner asked Pretoria on Thursday for consular access to Mozambican "
      "nationals among the miners.")
K8 = "Lesotho's government has offered to help identify its citizens."
K9 = "Residents have lowered food parcels on ropes into the shaft for weeks."

SAPS = actor("South African Police Service", "ZAF", "COP")
MINERS = actor("Illegal miners in Stilfontein", "ZAF", "CVL")
ZAF_GOV = actor("Government of South Africa", "ZAF", "GOV")

STILFONTEIN = {
    "id": "hm70-en-01", "lang": "en", "url": None, "published": "2024-11-14",
    "title": "South Africa vows to 'smoke out' illegal miners",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6], [K7, K8, K9]),
    "events": [
        event("COERCE", SAPS, MINERS, K1, mode="withhold", location="Stilfontein", location_country="ZAF"),
        event("THREATEN", actor("Khumbudzo Ntshavheni", "ZAF", "GOV"), MINERS, K2, date="2024-11-13"),
        event("COERCE", SAPS, MINERS, K3, mode="arrest"),
        event("ACCUSE", actor("Society for the Protection of our Constitution", "ZAF", "NGO"), SAPS, K4,
              mode="allege"),
        event("ACCUSE", actor("Lawyer for the Society for the Protection of our Constitution", "ZAF", "NGO"),
              SAPS, K5, mode="allege"),
        event("REQUEST", actor("High Commissioner of Mozambique to South Africa", "MOZ", "GOV"), ZAF_GOV, K7,
              date="2024-11-14"),
        event("AGREE", actor("Government of Lesotho", "LSO", "GOV"), ZAF_GOV, K8),
        event("AID", actor("Residents of Stilfontein", "ZAF", "CVL"), MINERS, K9, location="Stilfontein",
              location_country="ZAF"),
    ],
    "quotes": [
        quote("they must come to the surface and face arrest", "South African Police Service", "indirect"),
        quote("We are not sending help to criminals. We are going to smoke them out", "Khumbudzo Ntshavheni",
              "direct"),
        quote("more than 1,000 miners had been arrested since the operation began in August",
              "South African Police Service", "indirect"),
        quote("starved to death", "Lawyer for the Society for the Protection of our Constitution", "direct"),
        quote("the miners were being “starved to death” and that at least one body had been brought up by "
              "other miners", "Lawyer for the Society for the Protection of our Constitution", "indirect"),
        quote("miners were free to leave", "Athlenda Mathe", "indirect"),
    ],
    "entities": [
        entity("South African Police Service", "ORG", "ZAF", ["South African police", "Police", "the police"]),
        entity("Illegal miners in Stilfontein", "ORG", "ZAF",
               ["hundreds of illegal miners", "they", "them", "more than 1,000 miners", "the miners",
                "miners"]),
        entity("Stilfontein", "LOC", "ZAF", ["a disused gold mine in Stilfontein", "the shaft"]),
        entity("Khumbudzo Ntshavheni", "PER", "ZAF",
               ["Khumbudzo Ntshavheni, a minister in the presidency"]),
        entity("Society for the Protection of our Constitution", "ORG", "ZAF",
               ["A civic group, the Society for the Protection of our Constitution", "Its"]),
        entity("Lawyer for the Society for the Protection of our Constitution", "PER", "ZAF", ["Its lawyer"]),
        entity("Athlenda Mathe", "PER", "ZAF", ["Police spokeswoman Athlenda Mathe"]),
        entity("High Commissioner of Mozambique to South Africa", "PER", "MOZ", ["Mozambique's high commissioner"]),
        entity("Mozambique", "GPE", "MOZ", ["Mozambique's"]),
        entity("Government of South Africa", "ORG", "ZAF", ["Pretoria"]),
        entity("Mozambican nationals among the miners", "ORG", "MOZ", ["Mozambican nationals"]),
        entity("Government of Lesotho", "ORG", "LSO", ["Lesotho's government"]),
        entity("Residents of Stilfontein", "ORG", "ZAF", ["Residents"]),
    ],
}

# ---------------------------------------------------------------- hm70-en-02 (US/Nigeria)
L1 = ("U.S. President Donald Trump on Saturday threatened to cut off all aid to Nigeria and to take "
      "military action if its government fails to stop the killing of Christians.")
L2 = "He said he had ordered the Pentagon to prepare for possible action."
L3 = "“If we attack, it will be fast, vicious and sweet,” Trump wrote on Truth Social."
L4 = "On Friday, Washington had designated Nigeria a “country of particular concern” over religious freedom."
L5 = "Nigeria's government rejected the accusation that it tolerates religious persecution."
L6 = ("Presidential spokesman Daniel Bwala said Abuja would welcome U.S. help against Islamist groups if "
      "Nigeria's sovereignty was respected.")
L7 = "He proposed that President Bola Tinubu and Trump meet in person."
L8 = ("Nigerian air force jets struck Islamic State West Africa Province positions near Lake Chad on "
      "Friday, killing dozens of fighters, the military said.")
L9 = ("Christian Association of Nigeria president Daniel Okoh called on Washington to work with Abuja "
      "rather than act alone.")
L10 = ("Foreign Minister Yusuf Tuggar spoke by phone with U.S. Deputy Secretary of State Christopher "
       "Landau on Sunday.")

TRUMP = actor("Donald Trump", "USA", "GOV")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
USA_GOV = actor("United States", "USA", "GOV")

NIGERIA = {
    "id": "hm70-en-02", "lang": "en", "url": None, "published": "2025-11-02",
    "title": "Trump threatens military action in Nigeria over killings of Christians",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7], [L8, L9, L10]),
    "events": [
        event("THREATEN", TRUMP, NGA_GOV, L1, date="2025-11-01"),
        event("MOBILIZE", TRUMP, None, L2),
        event("THREATEN", TRUMP, NGA_GOV, L3, mode="violence"),
        event("ACCUSE", USA_GOV, NGA_GOV, L4, mode="disapprove", date="2025-10-31"),
        event("AGREE", actor("Daniel Bwala", "NGA", "GOV"), TRUMP, L7),
        event("ASSAULT", actor("Nigerian Air Force", "NGA", "MIL"),
              actor("Islamic State West Africa Province", "NGA", "REB"), L8, mode="aerial",
              date="2025-10-31", location="Lake Chad", location_country="NGA"),
        event("REQUEST", actor("Daniel Okoh", "NGA", "CVL"), USA_GOV, L9),
        event("CONSULT", actor("Yusuf Tuggar", "NGA", "GOV"), actor("Christopher Landau", "USA", "GOV"), L10,
              mode="phone", date="2025-11-02"),
    ],
    "quotes": [
        quote("he had ordered the Pentagon to prepare for possible action", "Donald Trump", "indirect"),
        quote("If we attack, it will be fast, vicious and sweet", "Donald Trump", "direct"),
        quote("country of particular concern", "United States", "direct"),
        quote("Abuja would welcome U.S. help against Islamist groups if Nigeria's sovereignty was respected",
              "Daniel Bwala", "indirect"),
        quote("that President Bola Tinubu and Trump meet in person", "Daniel Bwala",
              "indirect"),
        quote("Nigerian air force jets struck Islamic State West Africa Province positions near Lake Chad on "
              "Friday, killing dozens of fighters", "Nigerian Armed Forces", "indirect"),
    ],
    "entities": [
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "He", "Trump"]),
        entity("Nigeria", "GPE", "NGA", ["Nigeria", "Nigeria's"]),
        entity("Government of Nigeria", "ORG", "NGA", ["its government", "Nigeria's government", "it", "Abuja"]),
        entity("United States Department of Defense", "ORG", "USA", ["the Pentagon"]),
        entity("Truth Social", "ORG", "MNC", ["Truth Social"]),
        entity("United States", "GPE", "USA", ["Washington", "U.S."]),
        entity("Daniel Bwala", "PER", "NGA", ["Presidential spokesman Daniel Bwala", "He"]),
        entity("Bola Tinubu", "PER", "NGA", ["President Bola Tinubu"]),
        entity("Nigerian Air Force", "ORG", "NGA", ["Nigerian air force jets"]),
        entity("Islamic State West Africa Province", "ORG", "NGA",
               ["Islamic State West Africa Province", "dozens of fighters"]),
        entity("Lake Chad", "LOC", None, ["Lake Chad"]),
        entity("Nigerian Armed Forces", "ORG", "NGA", ["the military"]),
        entity("Christian Association of Nigeria", "ORG", "NGA", ["Christian Association of Nigeria"]),
        entity("Daniel Okoh", "PER", "NGA", ["Christian Association of Nigeria president Daniel Okoh"]),
        entity("Yusuf Tuggar", "PER", "NGA", ["Foreign Minister Yusuf Tuggar"]),
        entity("Christopher Landau", "PER", "USA", ["U.S. Deputy Secretary of State Christopher Landau"]),
    ],
}

ARTICLES = [UGANDA, TRINIDAD, ARGENTINA, SOMALIA, STILFONTEIN, NIGERIA]
