"""Round 270: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023, invented wording and details):
- hm270-de-01: Colombia: the ELN frees Luis Manuel Díaz, father of Liverpool striker Luis Díaz, in La Guajira after twelve days; the abduction of him and his wife, the police rescue of the mother, Petro's government condemns and demands his release, troops sent to the border and cooperation with Venezuela, the ELN calls it a "mistake" and accuses the government, Luis Díaz's shirt appeal, Patiño's demand, talks to resume in Mexico (2023-11-09).
- hm270-de-02: Argentina: pot-banging protests against Milei's deregulation decree outside Congress; police keep protesters back without arrests, Bullrich's earlier arrest threat, the CGT sues, Daer and Kicillof object, Milei accuses the protesters and refuses to back down, Unión por la Patria demands withdrawal, the IMF welcomes the reforms (2023-12-21).
- hm270-de-03: Peru: Alberto Fujimori released from Barbadillo prison after the Constitutional Court restores his 2017 pardon; the Inter-American Court had asked Peru to halt it, Boluarte's government ignores it, victims' relatives protest, Gisela Ortiz and the UN rights office object, Keiko Fujimori thanks the court, Carlos Rivera seeks an urgent hearing (2023-12-06).
- hm270-de-04: Mexico: after Hurricane Otis the government sends soldiers and helpers to Acapulco; army and navy aid, National Guard arrests looters but no curfew, Xóchitl Gálvez accuses the government of late warnings, López Obrador speaks of a campaign, Salgado asks for generators, the US promises and USAID sends aid, Cuba and Venezuela offer help (2023-10-27).
- hm270-en-01: Venezuela: government and opposition sign the Barbados electoral agreement hosted by Mia Mottley; Washington welcomes it and eases oil, gas and gold sanctions, the Treasury warns, Blinken demands prisoner releases, five political prisoners freed, Jorge Rodríguez rejects lifting Machado's ban, Petro praises both sides (2023-10-18).
- hm270-en-02: Brazil: Lula receives Maduro in Brasília and calls authoritarianism claims a "narrative"; flights and trade group agreed, embassy reopening recalled, Maduro thanks Lula and urges the US to lift sanctions, Lacalle Pou, Boric and Sergio Moro object, the State Department refuses to ease sanctions (2023-05-30).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm270-de-01 (Colombia, ELN frees Luis Díaz's father)
ELN = actor("National Liberation Army", "COL", "REB")
LM_DIAZ = actor("Luis Manuel Díaz", "COL", "CVL")
MARULANDA = actor("Cilenis Marulanda", "COL", "CVL")
COL_POLICE = actor("National Police of Colombia", "COL", "COP")
COL_GOV = actor("Government of Colombia", "COL", "GOV")
COL_ARMY = actor("National Army of Colombia", "COL", "MIL")
VEN_AUTH = actor("Venezuelan authorities", "VEN", "GOV")
LUIS_DIAZ = actor("Luis Díaz", "COL", "CVL")
PATINO = actor("Otty Patiño", "COL", "GOV")

A1 = ("Bogotá (dpa) - Die kolumbianische Guerillaorganisation ELN hat den Vater des Liverpool-Stürmers Luis Díaz "
      "nach fast zwei Wochen in ihrer Gewalt freigelassen.")
A2 = ("Luis Manuel Díaz sei am Donnerstag im Departement La Guajira an eine humanitäre Kommission übergeben worden, "
      "teilte die katholische Bischofskonferenz mit.")
A3 = "Der Kommission gehörten auch Vertreter der UN-Mission in Kolumbien an."
A4 = ("Bewaffnete hatten den 58-Jährigen und seine Frau Cilenis Marulanda Ende Oktober an einer Tankstelle in "
      "Barrancas verschleppt.")
A5 = "Die Polizei befreite die Mutter des Fußballers noch am selben Tag."
A6 = ("Die Regierung von Präsident Gustavo Petro verurteilte die Entführung als Verstoß gegen den Geist der "
      "Friedensgespräche und verlangte die sofortige Freilassung.")
A7 = "Die Armee schickte Hunderte Soldaten in die Grenzregion zu Venezuela."
A8 = ("Nach Angaben des Verteidigungsministeriums arbeitete sie dabei mit venezolanischen Behörden "
      "zusammen.")
A9 = "Die ELN hatte die Tat eingeräumt und sie als „Fehler“ bezeichnet."
A10 = "Zugleich warf sie der Regierung vor, Zusagen aus den Verhandlungen nicht einzuhalten."
A11 = "„Ich bin einfach glücklich, wieder bei meiner Familie zu sein“, sagte Díaz nach seiner Ankunft in Valledupar."
A12 = ("Sein Sohn hatte nach einem Tor für Liverpool ein T-Shirt mit der Aufschrift „Freiheit für Papa“ gezeigt und "
       "die Entführer öffentlich zur Freilassung aufgerufen.")
A13 = "Regierungsunterhändler Otty Patiño forderte die ELN auf, künftig ganz auf Entführungen zu verzichten."
A14 = "Beide Seiten wollen ihre Gespräche Ende November in Mexiko fortsetzen."

DE01 = {
    "id": "hm270-de-01", "lang": "de", "url": None, "published": "2023-11-09",
    "title": "ELN lässt Vater von Fußballstar Luis Díaz frei",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7, A8], [A9, A10, A11], [A12, A13, A14]),
    "events": [
        event("RETREAT", ELN, LM_DIAZ, A1, mode="release"),
        event("RETREAT", ELN, LM_DIAZ, A2, mode="release", date="2023-11-09", location="La Guajira",
              location_country="COL"),
        event("ASSAULT", ELN, LM_DIAZ, A4, mode="abduct", location="Barrancas", location_country="COL"),
        event("ASSAULT", ELN, MARULANDA, A4, mode="abduct", location="Barrancas", location_country="COL"),
        event("AID", COL_POLICE, MARULANDA, A5),
        event("ACCUSE", COL_GOV, ELN, A6, mode="disapprove"),
        event("REQUEST", COL_GOV, ELN, A6, mode="yield"),
        event("MOBILIZE", COL_ARMY, None, A7, mode="troops"),
        event("COOPERATE", COL_ARMY, VEN_AUTH, A8),
        event("CONCEDE", ELN, LM_DIAZ, A9),
        event("ACCUSE", ELN, COL_GOV, A10, mode="allege"),
        event("REQUEST", LUIS_DIAZ, ELN, A12, mode="yield"),
        event("REQUEST", PATINO, ELN, A13, mode="change"),
        event("AGREE", COL_GOV, ELN, A14, location="Mexico", location_country="MEX"),
    ],
    "quotes": [
        quote("Luis Manuel Díaz sei am Donnerstag im Departement La Guajira an eine humanitäre Kommission übergeben "
              "worden", "Episcopal Conference of Colombia", "indirect"),
        quote("arbeitete sie dabei mit venezolanischen Behörden zusammen", "Ministry of National Defense of Colombia",
              "indirect"),
        quote("Fehler", "National Liberation Army", "direct"),
        quote("Zusagen aus den Verhandlungen nicht einzuhalten", "National Liberation Army", "indirect"),
        quote("Ich bin einfach glücklich, wieder bei meiner Familie zu sein", "Luis Manuel Díaz", "direct"),
        quote("Freiheit für Papa", "Luis Díaz", "direct"),
    ],
    "entities": [
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
        entity("National Liberation Army", "ORG", "COL", ["Die kolumbianische Guerillaorganisation ELN", "ELN",
                                                          "Bewaffnete", "die Entführer"]),
        entity("Luis Manuel Díaz", "PER", "COL", ["den Vater des Liverpool-Stürmers Luis Díaz", "Luis Manuel Díaz",
                                                  "den 58-Jährigen", "Díaz"]),
        entity("Liverpool F.C.", "ORG", "GBR", ["Liverpool"]),
        entity("Luis Díaz", "PER", "COL", ["Liverpool-Stürmers Luis Díaz", "des Fußballers", "Sein Sohn"]),
        entity("La Guajira", "LOC", "COL", ["im Departement La Guajira"]),
        entity("humanitarian commission", "ORG", None, ["eine humanitäre Kommission", "Der Kommission"]),
        entity("Episcopal Conference of Colombia", "ORG", "COL", ["die katholische Bischofskonferenz"]),
        entity("United Nations Verification Mission in Colombia", "ORG", "UNO", ["der UN-Mission in Kolumbien"]),
        entity("Colombia", "LOC", "COL", ["Kolumbien"]),
        entity("Cilenis Marulanda", "PER", "COL", ["seine Frau Cilenis Marulanda", "die Mutter des Fußballers"]),
        entity("Barrancas", "LOC", "COL", ["Barrancas"]),
        entity("National Police of Colombia", "ORG", "COL", ["Die Polizei"]),
        entity("Government of Colombia", "ORG", "COL", ["Die Regierung von Präsident Gustavo Petro",
                                                        "der Regierung"]),
        entity("Gustavo Petro", "PER", "COL", ["Präsident Gustavo Petro"]),
        entity("National Army of Colombia", "ORG", "COL", ["Die Armee"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("Ministry of National Defense of Colombia", "ORG", "COL", ["des Verteidigungsministeriums"]),
        entity("Venezuelan authorities", "ORG", "VEN", ["venezolanischen Behörden"]),
        entity("Valledupar", "LOC", "COL", ["Valledupar"]),
        entity("Otty Patiño", "PER", "COL", ["Regierungsunterhändler Otty Patiño"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko"]),
    ],
}

# ---------------------------------------------------------------- hm270-de-02 (Argentina, protests against Milei's decree)
ARG_PROTESTERS = actor("protesters in Buenos Aires", "ARG", "CVL")
MILEI = actor("Javier Milei", "ARG", "GOV")
ARG_POLICE = actor("Argentine police", "ARG", "COP")
BULLRICH = actor("Patricia Bullrich", "ARG", "GOV")
CGT = actor("General Confederation of Labour", "ARG", "LAB")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
DAER = actor("Héctor Daer", "ARG", "LAB")
UXP = actor("Unión por la Patria", "ARG", "OPP")
KICILLOF = actor("Axel Kicillof", "ARG", "GOV")
IMF = actor("International Monetary Fund", "IGO", "IGO")

B1 = ("Buenos Aires (AFP) - Tausende Argentinier sind gegen ein Dekret des neuen Präsidenten Javier Milei zur "
      "Deregulierung der Wirtschaft auf die Straße gegangen.")
B2 = ("Mit Kochtöpfen und Pfannen zogen sie am Mittwochabend vor den Kongress in Buenos Aires, kurz nachdem Milei "
      "das Dekret in einer Fernsehansprache vorgestellt hatte.")
B3 = ("Das Dekret hebt mehr als 300 Vorschriften auf, darunter Mietpreisregeln und Exportbeschränkungen, und ebnet "
      "den Weg für die Privatisierung von Staatsunternehmen.")
B4 = "Die Polizei hielt die Demonstranten mit Absperrgittern vom Parlamentsgebäude fern."
B5 = "Nach Polizeiangaben gab es keine Festnahmen."
B6 = ("Sicherheitsministerin Patricia Bullrich hatte zuvor gedroht, Demonstranten, die Straßen blockieren, "
      "festnehmen zu lassen.")
B7 = ("Der Gewerkschaftsdachverband CGT reichte vor einem Arbeitsgericht Klage gegen die arbeitsrechtlichen Teile "
      "des Dekrets ein.")
B8 = "CGT-Sprecher Héctor Daer nannte das Dekret „verfassungswidrig“ und warf Milei vor, den Kongress zu umgehen."
B9 = "Milei warf den Demonstranten am Donnerstag vor, die Privilegien der „Kaste“ zu verteidigen."
B10 = "„Wir werden keinen Millimeter zurückweichen“, sagte er dem Radiosender Rivadavia."
B11 = ("Der peronistische Oppositionsblock Unión por la Patria forderte den Staatschef auf, das Dekret "
       "zurückzuziehen und die Reformen als Gesetzentwürfe in den Kongress einzubringen.")
B12 = "Der Gouverneur der Provinz Buenos Aires, Axel Kicillof, sprach von einem „Angriff auf die Rechte der Arbeiter“."
B13 = "Der Internationale Währungsfonds begrüßte dagegen die Reformen als „mutige Schritte“ zur Stabilisierung der Wirtschaft."
B14 = "Die Inflation in Argentinien lag im November bei mehr als 160 Prozent."

DE02 = {
    "id": "hm270-de-02", "lang": "de", "url": None, "published": "2023-12-21",
    "title": "Kochtopf-Proteste gegen Mileis Deregulierungsdekret",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6], [B7, B8, B9, B10], [B11, B12, B13, B14]),
    "events": [
        event("PROTEST", ARG_PROTESTERS, MILEI, B1, mode="demo"),
        event("PROTEST", ARG_PROTESTERS, MILEI, B2, mode="demo", date="2023-12-20", location="Buenos Aires",
              location_country="ARG"),
        event("COERCE", ARG_POLICE, ARG_PROTESTERS, B4, mode="restrict", location="Buenos Aires",
              location_country="ARG"),
        event("COERCE", ARG_POLICE, ARG_PROTESTERS, B5, mode="arrest", negated=True),
        event("THREATEN", BULLRICH, ARG_PROTESTERS, B6, mode="arrest"),
        event("ACCUSE", CGT, ARG_GOV, B7, mode="allege"),
        event("ACCUSE", DAER, MILEI, B8, mode="disapprove"),
        event("ACCUSE", MILEI, ARG_PROTESTERS, B9, mode="disapprove", date="2023-12-21"),
        event("REJECT", MILEI, ARG_PROTESTERS, B10, mode="change"),
        event("REQUEST", UXP, MILEI, B11, mode="change"),
        event("ACCUSE", KICILLOF, MILEI, B12, mode="disapprove"),
        event("SUPPORT", IMF, ARG_GOV, B13),
    ],
    "quotes": [
        quote("gab es keine Festnahmen", "Argentine police", "indirect"),
        quote("verfassungswidrig", "Héctor Daer", "direct"),
        quote("den Kongress zu umgehen", "Héctor Daer", "indirect"),
        quote("Kaste", "Javier Milei", "direct"),
        quote("die Privilegien der „Kaste“ zu verteidigen", "Javier Milei", "indirect"),
        quote("Wir werden keinen Millimeter zurückweichen", "Javier Milei", "direct"),
        quote("Angriff auf die Rechte der Arbeiter", "Axel Kicillof", "direct"),
        quote("mutige Schritte", "International Monetary Fund", "direct"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Javier Milei", "PER", "ARG", ["des neuen Präsidenten Javier Milei", "Milei", "den Staatschef"]),
        entity("National Congress of Argentina", "ORG", "ARG", ["den Kongress", "vom Parlamentsgebäude"]),
        entity("Argentine police", "ORG", "ARG", ["Die Polizei"]),
        entity("protesters in Buenos Aires", "ORG", "ARG", ["Tausende Argentinier", "die Demonstranten",
                                                            "den Demonstranten"]),
        entity("Patricia Bullrich", "PER", "ARG", ["Sicherheitsministerin Patricia Bullrich"]),
        entity("General Confederation of Labour", "ORG", "ARG", ["Der Gewerkschaftsdachverband CGT", "CGT"]),
        entity("labour court", "ORG", "ARG", ["einem Arbeitsgericht"]),
        entity("Héctor Daer", "PER", "ARG", ["CGT-Sprecher Héctor Daer"]),
        entity("Radio Rivadavia", "ORG", "ARG", ["dem Radiosender Rivadavia"]),
        entity("Unión por la Patria", "ORG", "ARG", ["Der peronistische Oppositionsblock Unión por la Patria"]),
        entity("Axel Kicillof", "PER", "ARG", ["Der Gouverneur der Provinz Buenos Aires, Axel Kicillof"]),
        entity("Buenos Aires Province", "LOC", "ARG", ["der Provinz Buenos Aires"]),
        entity("International Monetary Fund", "ORG", "IGO", ["Der Internationale Währungsfonds"]),
        entity("Argentina", "LOC", "ARG", ["Argentinien"]),
    ],
}

# ---------------------------------------------------------------- hm270-de-03 (Peru, Fujimori released)
INPE = actor("National Penitentiary Institute of Peru", "PER", "GOV")
FUJIMORI = actor("Alberto Fujimori", "PER", "CVL")
PER_TC = actor("Constitutional Court of Peru", "PER", "JUD")
IACHR_COURT = actor("Inter-American Court of Human Rights", "IGO", "IGO")
PERU = actor("Peru", "PER", "GOV")
PER_GOV = actor("Government of Peru", "PER", "GOV")
PER_RELATIVES = actor("relatives of the victims of Barrios Altos and La Cantuta", "PER", "CVL")
ORTIZ = actor("Gisela Ortiz", "PER", "CVL")
PER_SUPREME = actor("Supreme Court of Peru", "PER", "JUD")
OHCHR = actor("Office of the United Nations High Commissioner for Human Rights", "UNO", "IGO")
KEIKO = actor("Keiko Fujimori", "PER", "PTY")
RIVERA = actor("Carlos Rivera", "PER", "NGO")

P1 = "Lima (Reuters) - Perus früherer Präsident Alberto Fujimori ist nach mehr als 16 Jahren Haft freigelassen worden."
P2 = ("Das Verfassungsgericht hatte am Dienstag angeordnet, eine 2017 gewährte Begnadigung wieder in Kraft zu setzen "
      "und ihn umgehend freizulassen.")
P3 = "Die Gefängnisbehörde INPE entließ den 85-Jährigen am Mittwochabend aus dem Gefängnis Barbadillo im Osten Limas."
P4 = "Vor dem Tor warteten seine Kinder Keiko und Kenji Fujimori sowie Dutzende Anhänger."
P5 = ("Der Interamerikanische Gerichtshof für Menschenrechte hatte Peru noch am Dienstag aufgefordert, die "
      "Freilassung auszusetzen.")
P6 = "Die Regierung von Präsidentin Dina Boluarte setzte sich über die Aufforderung hinweg."
P7 = "Der Justizminister erklärte, man habe lediglich eine Entscheidung des Verfassungsgerichts umgesetzt."
P8 = ("Angehörige der Opfer der Massaker von Barrios Altos und La Cantuta protestierten vor dem Gefängnis gegen die "
      "Freilassung.")
P9 = ("„Das ist eine Ohrfeige für die Opfer und für die Justiz“, sagte Gisela Ortiz, deren Bruder 1992 in La Cantuta "
      "ermordet worden war.")
P10 = ("Fujimori war 2009 wegen der Morde an 25 Menschen durch eine Todesschwadron der Armee zu 25 Jahren Haft "
       "verurteilt worden.")
P11 = "Das UN-Menschenrechtsbüro kritisierte die Entscheidung als Rückschlag im Kampf gegen Straflosigkeit."
P12 = "Keiko Fujimori dankte dem Verfassungsgericht und schrieb auf X, ihr Vater sei „endlich zu Hause“."
P13 = ("Der Anwalt der Opferfamilien, Carlos Rivera, beantragte beim Interamerikanischen Gerichtshof eine "
       "Dringlichkeitsanhörung.")
P14 = "Nach Angaben seiner Ärzte leidet der frühere Staatschef an Krebs und Herzproblemen."

DE03 = {
    "id": "hm270-de-03", "lang": "de", "url": None, "published": "2023-12-06",
    "title": "Perus Ex-Präsident Fujimori aus der Haft entlassen",
    "text": paragraphs([P1, P2, P3, P4], [P5, P6, P7], [P8, P9, P10, P11], [P12, P13, P14]),
    "events": [
        event("RETREAT", INPE, FUJIMORI, P1, mode="release"),
        event("CONCEDE", PER_TC, FUJIMORI, P2, date="2023-12-05"),
        event("RETREAT", INPE, FUJIMORI, P3, mode="release", date="2023-12-06", location="Lima",
              location_country="PER"),
        event("REQUEST", IACHR_COURT, PERU, P5, mode="change", date="2023-12-05"),
        event("REJECT", PER_GOV, IACHR_COURT, P6, mode="change"),
        event("PROTEST", PER_RELATIVES, PER_TC, P8, mode="demo", location="Lima", location_country="PER"),
        event("ACCUSE", ORTIZ, PER_TC, P9, mode="disapprove"),
        event("SANCTION", PER_SUPREME, FUJIMORI, P10, mode="convict"),
        event("COERCE", PER_SUPREME, FUJIMORI, P10, mode="arrest"),
        event("ACCUSE", OHCHR, PERU, P11, mode="disapprove"),
        event("SUPPORT", KEIKO, PER_TC, P12),
        event("REQUEST", RIVERA, IACHR_COURT, P13),
    ],
    "quotes": [
        quote("man habe lediglich eine Entscheidung des Verfassungsgerichts umgesetzt", "Eduardo Arana", "indirect"),
        quote("Das ist eine Ohrfeige für die Opfer und für die Justiz", "Gisela Ortiz", "direct"),
        quote("endlich zu Hause", "Keiko Fujimori", "direct"),
        quote("ihr Vater sei „endlich zu Hause“", "Keiko Fujimori", "indirect"),
        quote("leidet der frühere Staatschef an Krebs und Herzproblemen", "doctors of Alberto Fujimori", "indirect"),
    ],
    "entities": [
        entity("Lima", "LOC", "PER", ["Lima", "Limas"]),
        entity("Peru", "LOC", "PER", ["Perus", "Peru"]),
        entity("Alberto Fujimori", "PER", "PER", ["Perus früherer Präsident Alberto Fujimori",
                                                  "den 85-Jährigen", "Fujimori", "ihr Vater",
                                                  "der frühere Staatschef"]),
        entity("Constitutional Court of Peru", "ORG", "PER", ["Das Verfassungsgericht", "des Verfassungsgerichts",
                                                              "dem Verfassungsgericht"]),
        entity("National Penitentiary Institute of Peru", "ORG", "PER", ["Die Gefängnisbehörde INPE"]),
        entity("Barbadillo prison", "LOC", "PER", ["dem Gefängnis Barbadillo", "dem Gefängnis"]),
        entity("Keiko Fujimori", "PER", "PER", ["Keiko", "Keiko Fujimori"]),
        entity("Kenji Fujimori", "PER", "PER", ["Kenji Fujimori"]),
        entity("Inter-American Court of Human Rights", "ORG", "IGO", ["Der Interamerikanische Gerichtshof für "
                                                                      "Menschenrechte",
                                                                      "beim Interamerikanischen Gerichtshof"]),
        entity("Government of Peru", "ORG", "PER", ["Die Regierung von Präsidentin Dina Boluarte"]),
        entity("Dina Boluarte", "PER", "PER", ["Präsidentin Dina Boluarte"]),
        entity("Eduardo Arana", "PER", "PER", ["Der Justizminister"]),
        entity("relatives of the victims of Barrios Altos and La Cantuta", "ORG", "PER",
               ["Angehörige der Opfer der Massaker von Barrios Altos und La Cantuta"]),
        entity("Barrios Altos", "LOC", "PER", ["Barrios Altos"]),
        entity("La Cantuta", "LOC", "PER", ["La Cantuta"]),
        entity("Gisela Ortiz", "PER", "PER", ["Gisela Ortiz"]),
        entity("Grupo Colina", "ORG", "PER", ["eine Todesschwadron der Armee"]),
        entity("Peruvian Army", "ORG", "PER", ["der Armee"]),
        entity("Office of the United Nations High Commissioner for Human Rights", "ORG", "UNO",
               ["Das UN-Menschenrechtsbüro"]),
        entity("X", "ORG", "MNC", ["auf X"]),
        entity("Carlos Rivera", "PER", "PER", ["Der Anwalt der Opferfamilien, Carlos Rivera"]),
        entity("doctors of Alberto Fujimori", "ORG", "PER", ["seiner Ärzte"]),
    ],
}

# ---------------------------------------------------------------- hm270-de-04 (Mexico, Hurricane Otis in Acapulco)
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
ACA_RESIDENTS = actor("residents of Acapulco", "MEX", "CVL")
SEDENA = actor("Secretariat of National Defense", "MEX", "MIL")
MEX_NAVY = actor("Mexican Navy", "MEX", "MIL")
MEX_GN = actor("National Guard of Mexico", "MEX", "COP")
ACA_LOOTERS = actor("looters in Acapulco", "MEX", "CVL")
MEX_AUTH = actor("Mexican authorities", "MEX", "GOV")
GALVEZ = actor("Xóchitl Gálvez", "MEX", "OPP")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
MEX_OPP = actor("Mexican opposition", "MEX", "OPP")
SALGADO = actor("Evelyn Salgado", "MEX", "GOV")
USA = actor("United States", "USA", "GOV")
USAID = actor("United States Agency for International Development", "USA", "GOV")
CUBA = actor("Cuba", "CUB", "GOV")
VENEZUELA = actor("Venezuela", "VEN", "GOV")

H1 = ("Acapulco (dpa) - Nach dem verheerenden Hurrikan „Otis“ hat Mexikos Regierung Tausende Soldaten und Helfer in "
      "den Badeort Acapulco geschickt.")
H2 = ("Mindestens 27 Menschen kamen ums Leben, vier weitere werden vermisst, wie Präsident Andrés Manuel López "
      "Obrador am Donnerstag mitteilte.")
H3 = ("Der Sturm war in der Nacht zum Mittwoch mit Windgeschwindigkeiten von bis zu 270 Kilometern pro Stunde auf "
      "die Küste des Bundesstaats Guerrero getroffen.")
H4 = "Soldaten des Verteidigungsministeriums verteilten Lebensmittel und Trinkwasser, die Marine flog Verletzte aus."
H5 = "In mehreren Supermärkten kam es zu Plünderungen."
H6 = "Nach Behördenangaben nahm die Nationalgarde Dutzende Verdächtige fest."
H7 = "Eine Ausgangssperre verhängten die Behörden jedoch nicht."
H8 = ("Die Oppositionspolitikerin Xóchitl Gálvez warf der Regierung vor, die Bevölkerung zu spät gewarnt zu "
      "haben.")
H9 = "López Obrador sprach dagegen von einer „politischen Kampagne“ seiner Gegner."
H10 = ("Die Gouverneurin von Guerrero, Evelyn Salgado, bat die Bundesregierung um zusätzliche Generatoren und "
       "Tankwagen.")
H11 = "Die US-Regierung sagte Mexiko Unterstützung beim Wiederaufbau zu."
H12 = "Die Entwicklungsbehörde USAID stellte zunächst 100 000 Dollar für Nothilfe bereit."
H13 = "Auch Kuba und Venezuela boten Hilfe an."

DE04 = {
    "id": "hm270-de-04", "lang": "de", "url": None, "published": "2023-10-27",
    "title": "Mexiko schickt Tausende Soldaten nach Acapulco",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7], [H8, H9, H10], [H11, H12, H13]),
    "events": [
        event("AID", MEX_GOV, ACA_RESIDENTS, H1, location="Acapulco", location_country="MEX"),
        event("AID", SEDENA, ACA_RESIDENTS, H4, location="Acapulco", location_country="MEX"),
        event("AID", MEX_NAVY, ACA_RESIDENTS, H4, location="Acapulco", location_country="MEX"),
        event("COERCE", MEX_GN, ACA_LOOTERS, H6, mode="arrest", location="Acapulco", location_country="MEX"),
        event("COERCE", MEX_AUTH, None, H7, mode="curfew", negated=True),
        event("ACCUSE", GALVEZ, MEX_GOV, H8, mode="allege"),
        event("ACCUSE", AMLO, MEX_OPP, H9, mode="disapprove"),
        event("REQUEST", SALGADO, MEX_GOV, H10, mode="assist"),
        event("AGREE", USA, MEX_GOV, H11),
        event("AID", USAID, MEX_GOV, H12),
        event("AGREE", CUBA, MEX_GOV, H13),
        event("AGREE", VENEZUELA, MEX_GOV, H13),
    ],
    "quotes": [
        quote("Mindestens 27 Menschen kamen ums Leben, vier weitere werden vermisst", "Andrés Manuel López Obrador",
              "indirect"),
        quote("nahm die Nationalgarde Dutzende Verdächtige fest", "Mexican authorities", "indirect"),
        quote("die Bevölkerung zu spät gewarnt zu haben", "Xóchitl Gálvez", "indirect"),
        quote("politischen Kampagne", "Andrés Manuel López Obrador", "direct"),
    ],
    "entities": [
        entity("Acapulco", "LOC", "MEX", ["Acapulco", "den Badeort Acapulco"]),
        entity("Hurricane Otis", "LOC", None, ["Hurrikan „Otis“", "Der Sturm"]),
        entity("Government of Mexico", "ORG", "MEX", ["Mexikos Regierung", "der Regierung", "die Bundesregierung"]),
        entity("Mexico", "LOC", "MEX", ["Mexikos", "Mexiko"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Präsident Andrés Manuel López Obrador",
                                                             "López Obrador"]),
        entity("Guerrero", "LOC", "MEX", ["des Bundesstaats Guerrero", "Guerrero"]),
        entity("Secretariat of National Defense", "ORG", "MEX", ["des Verteidigungsministeriums"]),
        entity("Mexican Navy", "ORG", "MEX", ["die Marine"]),
        entity("National Guard of Mexico", "ORG", "MEX", ["die Nationalgarde"]),
        entity("Mexican authorities", "ORG", "MEX", ["die Behörden"]),
        entity("Xóchitl Gálvez", "PER", "MEX", ["Die Oppositionspolitikerin Xóchitl Gálvez"]),
        entity("Mexican opposition", "ORG", "MEX", ["seiner Gegner"]),
        entity("Evelyn Salgado", "PER", "MEX", ["Die Gouverneurin von Guerrero, Evelyn Salgado"]),
        entity("Government of the United States", "ORG", "USA", ["Die US-Regierung"]),
        entity("United States Agency for International Development", "ORG", "USA", ["Die Entwicklungsbehörde USAID"]),
        entity("Cuba", "LOC", "CUB", ["Kuba"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
    ],
}

# ---------------------------------------------------------------- hm270-en-01 (Venezuela, Barbados agreement)
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
UNITARY = actor("Unitary Platform", "VEN", "OPP")
JROD = actor("Jorge Rodríguez", "VEN", "LEG")
BLYDE = actor("Gerardo Blyde", "VEN", "OPP")
MOTTLEY = actor("Mia Mottley", "BRB", "GOV")
US_TREASURY = actor("U.S. Department of the Treasury", "USA", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
VEN_PRISONERS = actor("Venezuelan political prisoners", "VEN", "CVL")
PETRO = actor("Gustavo Petro", "COL", "GOV")

V1 = ("BRIDGETOWN, Oct 18 (Reuters) - Venezuela's government and the opposition signed an agreement in Barbados on "
      "Tuesday to hold a presidential election in the second half of 2024 with international observers.")
V2 = ("The deal, mediated by Norway, was signed by National Assembly President Jorge Rodriguez and opposition "
      "negotiator Gerardo Blyde.")
V3 = "Barbados Prime Minister Mia Mottley hosted the two delegations at a hotel on the island's south coast."
V4 = ("Washington welcomed the accord and on Wednesday eased sanctions on Venezuela's oil, gas and gold sectors for "
      "six months.")
V5 = ('The licence "reflects the commitments" made in Barbados, the U.S. Treasury said, warning that it would revoke '
      'the relief if Caracas failed to follow through.')
V6 = ("Secretary of State Antony Blinken said Washington expected Maduro to release wrongfully detained Americans and "
      "political prisoners by the end of November.")
V7 = ("Hours after the deal was signed, authorities in Caracas freed five political prisoners, among them journalist "
      "Roland Carreno.")
V9 = ("Opposition frontrunner Maria Corina Machado is barred from holding public office, and Rodriguez rejected "
      "opposition calls to lift the ban, saying the Barbados deal did not cover it.")
V10 = '"We have taken an important step, but the road ahead is long," Blyde told reporters.'
V11 = ('Colombian President Gustavo Petro, whose government supported the talks, praised Maduro and the opposition '
       'for what he called a "path to peace."')

EN01 = {
    "id": "hm270-en-01", "lang": "en", "url": None, "published": "2023-10-18",
    "title": "Venezuela government, opposition sign election deal; U.S. eases sanctions",
    "text": paragraphs([V1, V2, V3], [V4, V5, V6, V7], [V9, V10], [V11]),
    "events": [
        event("SUPPORT", VEN_GOV, UNITARY, V1, date="2023-10-17", location="Barbados", location_country="BRB"),
        event("SUPPORT", JROD, BLYDE, V2),
        event("CONSULT", VEN_GOV, MOTTLEY, V3, mode="visit", location="Barbados", location_country="BRB"),
        event("CONSULT", UNITARY, MOTTLEY, V3, mode="visit", location="Barbados", location_country="BRB"),
        event("SUPPORT", USA, None, V4),
        event("RETREAT", USA, VEN_GOV, V4, date="2023-10-18"),
        event("THREATEN", US_TREASURY, VEN_GOV, V5, mode="restrict"),
        event("REQUEST", BLINKEN, MADURO, V6, mode="yield"),
        event("RETREAT", VEN_GOV, VEN_PRISONERS, V7, mode="release", location="Caracas", location_country="VEN"),
        event("REJECT", JROD, UNITARY, V9, mode="change"),
        event("SUPPORT", PETRO, MADURO, V11),
        event("SUPPORT", PETRO, UNITARY, V11),
    ],
    "quotes": [
        quote("reflects the commitments", "U.S. Department of the Treasury", "direct"),
        quote('The licence "reflects the commitments" made in Barbados', "U.S. Department of the Treasury",
              "indirect"),
        quote("it would revoke the relief if Caracas failed to follow through", "U.S. Department of the Treasury",
              "indirect"),
        quote("Washington expected Maduro to release wrongfully detained Americans and political prisoners by the end "
              "of November", "Antony Blinken", "indirect"),
        quote("the Barbados deal did not cover it", "Jorge Rodríguez", "indirect"),
        quote("We have taken an important step, but the road ahead is long", "Gerardo Blyde", "direct"),
        quote("path to peace", "Gustavo Petro", "direct"),
    ],
    "entities": [
        entity("Bridgetown", "LOC", "BRB", ["BRIDGETOWN"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Venezuela's government", "authorities in Caracas"]),
        entity("Unitary Platform", "ORG", "VEN", ["the opposition"]),
        entity("Barbados", "LOC", "BRB", ["Barbados", "the island"]),
        entity("Norway", "LOC", "NOR", ["Norway"]),
        entity("National Assembly of Venezuela", "ORG", "VEN", ["National Assembly"]),
        entity("Jorge Rodríguez", "PER", "VEN", ["National Assembly President Jorge Rodriguez", "Rodriguez"]),
        entity("Gerardo Blyde", "PER", "VEN", ["opposition negotiator Gerardo Blyde", "Blyde"]),
        entity("Mia Mottley", "PER", "BRB", ["Barbados Prime Minister Mia Mottley"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("U.S. Department of the Treasury", "ORG", "USA", ["the U.S. Treasury"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Antony Blinken", "PER", "USA", ["Secretary of State Antony Blinken"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Maduro"]),
        entity("Roland Carreño", "PER", "VEN", ["journalist Roland Carreno"]),
        entity("María Corina Machado", "PER", "VEN", ["Opposition frontrunner Maria Corina Machado"]),
        entity("Gustavo Petro", "PER", "COL", ["Colombian President Gustavo Petro"]),
        entity("Government of Colombia", "ORG", "COL", ["whose government"]),
    ],
}

# ---------------------------------------------------------------- hm270-en-02 (Brazil, Lula receives Maduro)
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
BRAZIL = actor("Brazil", "BRA", "GOV")
LACALLE_POU = actor("Luis Lacalle Pou", "URY", "GOV")
BORIC = actor("Gabriel Boric", "CHL", "GOV")
MORO = actor("Sergio Moro", "BRA", "OPP")
US_STATE_DEPT = actor("U.S. Department of State", "USA", "GOV")

L1 = ("BRASILIA, Brazil (AP) — Brazilian President Luiz Inácio Lula da Silva welcomed Venezuelan President Nicolás "
      "Maduro at the Planalto palace on Monday, the Venezuelan leader's first visit to Brazil since 2015.")
L2 = ('At a joint news conference, Lula said accusations of authoritarianism against Venezuela were a "narrative" '
      'built by its adversaries.')
L3 = "The two leaders agreed to restore direct flights and set up a trade working group."
L4 = "Brazil reopened its embassy in Caracas in January after years of frozen ties under Jair Bolsonaro."
L5 = '"It is a historic moment," Maduro said, thanking Lula for ending years of isolation.'
L6 = 'Maduro also urged Washington to lift its oil sanctions, which he called a "criminal blockade."'
L8 = ('Uruguay\'s President Luis Lacalle Pou said at a South American summit in Brasilia on Tuesday that he was '
      '"surprised" the situation in Venezuela had been described as a narrative.')
L9 = ('Chile\'s President Gabriel Boric disagreed with Lula, saying human rights violations in Venezuela '
      'were "not a narrative construction" but a serious reality.')
L10 = "Opposition senator Sergio Moro accused Lula of rolling out the red carpet for a dictator."
L11 = ("A U.S. State Department spokesperson said Washington's policy toward Venezuela had not changed and that "
       "sanctions would stay until Caracas took concrete steps toward free elections.")
L12 = "More than 7 million Venezuelans have left their country since 2014, according to the United Nations."

EN02 = {
    "id": "hm270-en-02", "lang": "en", "url": None, "published": "2023-05-30",
    "title": "Lula welcomes Maduro, calls authoritarianism claims a 'narrative'",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6], [L8, L9, L10], [L11, L12]),
    "events": [
        event("CONSULT", MADURO, LULA, L1, mode="visit", date="2023-05-29", location="Brasília",
              location_country="BRA"),
        event("SUPPORT", LULA, MADURO, L2),
        event("AGREE", MADURO, LULA, L3),
        event("SUPPORT", BRAZIL, VEN_GOV, L4),
        event("SUPPORT", MADURO, LULA, L5),
        event("REQUEST", MADURO, USA, L6, mode="yield"),
        event("ACCUSE", MADURO, USA, L6, mode="disapprove"),
        event("ACCUSE", LACALLE_POU, LULA, L8, mode="disapprove", date="2023-05-30", location="Brasília",
              location_country="BRA"),
        event("ACCUSE", BORIC, LULA, L9, mode="disapprove"),
        event("ACCUSE", BORIC, VEN_GOV, L9, mode="allege"),
        event("ACCUSE", MORO, LULA, L10, mode="disapprove"),
        event("REJECT", US_STATE_DEPT, VEN_GOV, L11, mode="yield"),
    ],
    "quotes": [
        quote("narrative", "Luiz Inácio Lula da Silva", "direct"),
        quote('accusations of authoritarianism against Venezuela were a "narrative" built by its adversaries',
              "Luiz Inácio Lula da Silva", "indirect"),
        quote("It is a historic moment", "Nicolás Maduro", "direct"),
        quote("criminal blockade", "Nicolás Maduro", "direct"),
        quote("surprised", "Luis Lacalle Pou", "direct"),
        quote('he was "surprised" the situation in Venezuela had been described as a narrative',
              "Luis Lacalle Pou", "indirect"),
        quote("not a narrative construction", "Gabriel Boric", "direct"),
        quote('human rights violations in Venezuela were "not a narrative construction" but a serious reality',
              "Gabriel Boric", "indirect"),
        quote("Washington's policy toward Venezuela had not changed and that sanctions would stay until "
              "Caracas took concrete steps toward free elections", "U.S. Department of State", "indirect"),
        quote("More than 7 million Venezuelans have left their country since 2014", "United Nations", "indirect"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["BRASILIA", "Brasilia"]),
        entity("Brazil", "LOC", "BRA", ["Brazil"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Brazilian President Luiz Inácio Lula da Silva", "Lula"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Venezuelan President Nicolás Maduro", "the Venezuelan leader's",
                                                "Maduro"]),
        entity("Planalto Palace", "LOC", "BRA", ["the Planalto palace"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["Jair Bolsonaro"]),
                entity("South America", "LOC", None, ["South American"]),
        entity("Luis Lacalle Pou", "PER", "URY", ["Uruguay's President Luis Lacalle Pou"]),
        entity("Uruguay", "LOC", "URY", ["Uruguay"]),
        entity("Gabriel Boric", "PER", "CHL", ["Chile's President Gabriel Boric"]),
        entity("Chile", "LOC", "CHL", ["Chile"]),
        entity("Sergio Moro", "PER", "BRA", ["Opposition senator Sergio Moro"]),
        entity("U.S. Department of State", "ORG", "USA", ["A U.S. State Department spokesperson"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
