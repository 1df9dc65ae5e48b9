"""Round 432: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm432-de-01: Ecuador: Noboa receives Erik Prince in Quito and announces a "strategic alliance" against the gangs; Prince's X post, Luisa González and CONAIE object, Citizen Revolution lawmakers' summons refused by Loffredo, police post attacked in Guayaquil and 1,500 more troops sent (2025-03-05).
- hm432-de-02: Argentina/Iran: Buenos Aires asks Pakistan and Sri Lanka to arrest Interior Minister Ahmad Vahidi over the AMIA bombing during Raisi's visit; the Cassation Court's ruling, Kanaani's accusation and Tehran's demand to Interpol, no arrest in Islamabad, Iran-Pakistan trade deal, DAIA backs Milei's government (2024-04-23).
- hm432-de-03: Uruguay: Orsi's government cancels the Cardama patrol-boat contract over a forged bank guarantee; prosecutors investigate, Lazo demands the advance back, Cardama denies and threatens arbitration, the National Party and Lacalle Pou object, the Broad Front refuses to summon Lazo (2025-08-23).
- hm432-de-04: Bolivia: Potosí civic committee strikes and blockades against the lithium contracts with Uranium One and CBC; Gallardo's invitation refused, Pérez demands annulment, police clear a blockade and arrest twelve, the committee threatens, Evo Morales backs the protest and attacks Arce (2025-02-18).
- hm432-en-01: El Salvador: the Legislative Assembly makes bitcoin acceptance voluntary under the IMF loan deal; Kozack welcomes it, the IMF urges an end to purchases and Bukele refuses, Claudia Ortiz attacks the government, union members protest outside the assembly (2025-01-30).
- hm432-en-02: Venezuela: hooded agents detain Machado's lawyer Perkins Rocha in Caracas; Machado condemns and demands his release, Saab's probe of Machado and González, González ignores a summons, Maduro threatens jail, the State Department demands release and warns of sanctions, Brazil and Colombia withhold recognition, Lula's new-election idea rejected (2024-08-28).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm432-de-01 (Ecuador, Erik Prince alliance)
NOBOA = actor("Daniel Noboa", "ECU", "GOV")
PRINCE = actor("Erik Prince", "USA", "BUS")
ECU_MIL = actor("Armed Forces of Ecuador", "ECU", "MIL")
ECU_GOV = actor("Government of Ecuador", "ECU", "GOV")
L_GONZALEZ = actor("Luisa González", "ECU", "OPP")
RC_DEPUTIES = actor("Citizen Revolution lawmakers", "ECU", "LEG")
LOFFREDO = actor("Gian Carlo Loffredo", "ECU", "GOV")
CONAIE = actor("Confederation of Indigenous Nationalities of Ecuador", "ECU", "NGO")
GYE_GUNMEN = actor("gunmen in Guayaquil", "ECU", "CVL")
ECU_POLICE = actor("National Police of Ecuador", "ECU", "COP")

E1 = ("Quito (dpa) - Ecuadors Präsident Daniel Noboa hat eine „strategische Allianz“ mit dem umstrittenen "
      "US-Sicherheitsunternehmer Erik Prince im Kampf gegen die Drogenbanden angekündigt.")
E2 = ("Noboa empfing den Gründer der früheren Söldnerfirma Blackwater am Dienstag im Regierungspalast Carondelet in "
      "Quito, wie das Präsidialamt mitteilte.")
E3 = ("Prince werde die Streitkräfte und die Polizei bei Einsätzen gegen die Banden und bei der Kontrolle der Häfen "
      "beraten, hieß es in einer Mitteilung.")
E4 = "Angaben zu den Kosten und zur Dauer der Zusammenarbeit machte die Regierung nicht."
E5 = ("Prince schrieb auf der Plattform X, Ecuador verdiene es, „ohne Angst vor Terroristen und Erpressern“ zu "
      "leben.")
E6 = ("Der 55-Jährige war als Gründer von Blackwater bekannt geworden, dessen Einsätze im Irak international heftig "
      "kritisiert worden waren.")
E7 = ("Die Präsidentschaftskandidatin Luisa González von der linken Bürgerrevolution warf Noboa vor, die Souveränität "
      "des Landes an „ausländische Söldner“ zu verkaufen.")
E8 = "Die Verfassung verbiete ausländische Militärstützpunkte, sagte sie bei einer Wahlkampfveranstaltung in Guayaquil."
E9 = ("Abgeordnete ihrer Partei forderten Verteidigungsminister Gian Carlo Loffredo auf, im Parlament über die "
      "Vereinbarung Auskunft zu geben.")
E10 = "Der Minister lehnte dies unter Verweis auf die Geheimhaltung in Sicherheitsfragen ab."
E11 = "Auch der indigene Dachverband CONAIE sprach von einem „gefährlichen Schritt“."
E12 = ("Noboa hatte im Januar 2024 einen „internen bewaffneten Konflikt“ ausgerufen und das Militär gegen die Banden "
       "eingesetzt.")
E13 = ("Erst am Montag hatten Bewaffnete in der Hafenstadt Guayaquil einen Polizeiposten beschossen und zwei Beamte "
       "getötet.")
E14 = "Die Regierung schickte daraufhin weitere 1.500 Soldaten in die Stadt."
E15 = ("Ecuador galt lange als eines der friedlichsten Länder der Region, hat inzwischen aber eine der höchsten "
       "Mordraten Lateinamerikas.")
E16 = "Noboa tritt am 13. April in einer Stichwahl gegen González an."

DE01 = {
    "id": "hm432-de-01", "lang": "de", "url": None, "published": "2025-03-05",
    "title": "Ecuadors Präsident Noboa verbündet sich mit Blackwater-Gründer Prince",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6], [E7, E8, E9, E10, E11], [E12, E13, E14], [E15, E16]),
    "events": [
        event("AGREE", NOBOA, PRINCE, E1),
        event("CONSULT", PRINCE, NOBOA, E2, mode="visit", date="2025-03-04", location="Quito",
              location_country="ECU"),
        event("AGREE", PRINCE, ECU_MIL, E3),
        event("ACCUSE", L_GONZALEZ, NOBOA, E7, mode="disapprove"),
        event("REQUEST", RC_DEPUTIES, LOFFREDO, E9),
        event("REJECT", LOFFREDO, RC_DEPUTIES, E10),
        event("ACCUSE", CONAIE, NOBOA, E11, mode="disapprove"),
        event("MOBILIZE", ECU_MIL, None, E12, mode="troops", location_country="ECU"),
        event("ASSAULT", GYE_GUNMEN, ECU_POLICE, E13, mode="firearms", date="2025-03-03", location="Guayaquil",
              location_country="ECU"),
        event("MOBILIZE", ECU_MIL, None, E14, mode="troops", location="Guayaquil", location_country="ECU"),
    ],
    "quotes": [
        quote("strategische Allianz", "Daniel Noboa", "direct"),
        quote("Noboa empfing den Gründer der früheren Söldnerfirma Blackwater am Dienstag im Regierungspalast "
              "Carondelet in Quito", "Office of the President of Ecuador", "indirect"),
        quote("Prince werde die Streitkräfte und die Polizei bei Einsätzen gegen die Banden und bei der Kontrolle der "
              "Häfen beraten", "Office of the President of Ecuador", "indirect"),
        quote("ohne Angst vor Terroristen und Erpressern", "Erik Prince", "direct"),
        quote("Ecuador verdiene es, „ohne Angst vor Terroristen und Erpressern“ zu leben", "Erik Prince", "indirect"),
        quote("ausländische Söldner", "Luisa González", "direct"),
        quote("die Souveränität des Landes an „ausländische Söldner“ zu verkaufen", "Luisa González", "indirect"),
        quote("Die Verfassung verbiete ausländische Militärstützpunkte", "Luisa González", "indirect"),
        quote("gefährlichen Schritt", "Confederation of Indigenous Nationalities of Ecuador", "direct"),
        quote("internen bewaffneten Konflikt", "Daniel Noboa", "direct"),
    ],
    "entities": [
        entity("Quito", "LOC", "ECU", ["Quito"]),
        entity("Ecuador", "LOC", "ECU", ["Ecuadors", "Ecuador", "des Landes"]),
        entity("Daniel Noboa", "PER", "ECU", ["Ecuadors Präsident Daniel Noboa", "Noboa"]),
        entity("Erik Prince", "PER", "USA", ["dem umstrittenen US-Sicherheitsunternehmer Erik Prince",
                                             "den Gründer der früheren Söldnerfirma Blackwater", "Prince",
                                             "Der 55-Jährige"]),
        entity("Ecuadorian drug gangs", "ORG", "ECU", ["die Drogenbanden", "die Banden"]),
        entity("Blackwater", "ORG", "USA", ["der früheren Söldnerfirma Blackwater", "Blackwater"]),
        entity("Carondelet Palace", "LOC", "ECU", ["im Regierungspalast Carondelet"]),
        entity("Office of the President of Ecuador", "ORG", "ECU", ["das Präsidialamt"]),
        entity("Armed Forces of Ecuador", "ORG", "ECU", ["die Streitkräfte", "das Militär",
                                                         "weitere 1.500 Soldaten"]),
        entity("National Police of Ecuador", "ORG", "ECU", ["die Polizei", "zwei Beamte"]),
        entity("Government of Ecuador", "ORG", "ECU", ["die Regierung", "Die Regierung"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Iraq", "LOC", "IRQ", ["im Irak"]),
        entity("Luisa González", "PER", "ECU", ["Die Präsidentschaftskandidatin Luisa González", "sie", "ihrer",
                                                "González"]),
        entity("Citizen Revolution", "ORG", "ECU", ["der linken Bürgerrevolution", "ihrer Partei"]),
        entity("Guayaquil", "LOC", "ECU", ["Guayaquil", "der Hafenstadt Guayaquil", "die Stadt"]),
        entity("Citizen Revolution lawmakers", "ORG", "ECU", ["Abgeordnete ihrer Partei"]),
        entity("National Assembly of Ecuador", "ORG", "ECU", ["im Parlament"]),
        entity("Gian Carlo Loffredo", "PER", "ECU", ["Verteidigungsminister Gian Carlo Loffredo", "Der Minister"]),
        entity("Confederation of Indigenous Nationalities of Ecuador", "ORG", "ECU",
               ["der indigene Dachverband CONAIE"]),
        entity("gunmen in Guayaquil", "PER", "ECU", ["Bewaffnete"]),
    ],
}

# ---------------------------------------------------------------- hm432-de-02 (Argentina/Iran, Vahidi)
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
LKA_GOV = actor("Government of Sri Lanka", "LKA", "GOV")
RAISI = actor("Ebrahim Raisi", "IRN", "GOV")
VAHIDI = actor("Ahmad Vahidi", "IRN", "GOV")
ARG_CASSATION = actor("Federal Court of Criminal Cassation of Argentina", "ARG", "JUD")
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
KANAANI = actor("Nasser Kanaani", "IRN", "GOV")
INTERPOL = actor("Interpol", "IGO", "IGO")
SHARIF = actor("Shehbaz Sharif", "PAK", "GOV")
PAK_AUTH = actor("Pakistani authorities", "PAK", "COP")
DAIA = actor("Delegation of Argentine Israelite Associations", "ARG", "NGO")

R1 = ("Buenos Aires (dpa) - Argentinien hat Pakistan und Sri Lanka aufgefordert, den iranischen Innenminister Ahmad "
      "Vahidi wegen des Anschlags auf das jüdische Gemeindezentrum AMIA festzunehmen.")
R2 = ("Vahidi begleitet Präsident Ebrahim Raisi, der am Montag zu einem dreitägigen Besuch in Islamabad eingetroffen "
      "war und danach nach Sri Lanka weiterreisen will.")
R3 = ("Das Außenministerium in Buenos Aires teilte mit, es habe beide Regierungen an eine seit 2007 bestehende Rote "
      "Notiz von Interpol gegen Vahidi erinnert.")
R4 = ("Argentinien wirft dem früheren Kommandeur der Quds-Einheit der iranischen Revolutionsgarden vor, an der "
      "Planung des Anschlags von 1994 mit 85 Toten beteiligt gewesen zu sein.")
R5 = ("Erst Mitte April hatte das Bundeskassationsgericht Iran als Drahtzieher des Anschlags bezeichnet und die Tat "
      "als Verbrechen gegen die Menschlichkeit eingestuft.")
R6 = "Die Ausführung schrieben die Richter der libanesischen Hisbollah zu."
R7 = "Das iranische Außenministerium wies die Vorwürfe als „haltlos“ zurück."
R8 = ("Sprecher Nasser Kanaani warf Buenos Aires vor, sich von „zionistischen Kreisen“ für politische Zwecke "
      "einspannen zu lassen.")
R9 = "Teheran verlangte zudem von Interpol, die Fahndung nach Vahidi einzustellen."
R10 = ("Vahidi nahm am Dienstag in Islamabad an den Gesprächen Raisis mit Premierminister Shehbaz Sharif teil.")
R11 = "Die pakistanischen Behörden nahmen ihn nicht fest."
R12 = ("Beide Seiten vereinbarten, den Handel zwischen ihren Ländern in den kommenden fünf Jahren auf zehn Milliarden "
       "Dollar im Jahr zu steigern.")
R13 = "Eine Stellungnahme der Regierung in Islamabad zu dem argentinischen Ersuchen lag zunächst nicht vor."
R14 = "Die jüdische Dachorganisation DAIA begrüßte den Vorstoß der Regierung von Präsident Javier Milei."
R15 = "Milei hat Argentinien seit seinem Amtsantritt im Dezember eng an die USA und Israel gebunden."
R16 = "Für den Anschlag auf die AMIA ist bis heute niemand verurteilt worden."

DE02 = {
    "id": "hm432-de-02", "lang": "de", "url": None, "published": "2024-04-23",
    "title": "Argentinien verlangt Festnahme von Irans Innenminister",
    "text": paragraphs([R1, R2, R3], [R4, R5, R6], [R7, R8, R9], [R10, R11, R12, R13], [R14, R15, R16]),
    "events": [
        event("REQUEST", ARG_GOV, PAK_GOV, R1),
        event("REQUEST", ARG_GOV, LKA_GOV, R1),
        event("CONSULT", RAISI, PAK_GOV, R2, mode="visit", date="2024-04-22", location="Islamabad",
              location_country="PAK"),
        event("AGREE", RAISI, LKA_GOV, R2),
        event("ACCUSE", ARG_GOV, VAHIDI, R4, mode="allege"),
        event("ACCUSE", ARG_CASSATION, IRN_GOV, R5, mode="allege"),
        event("ACCUSE", ARG_CASSATION, HEZBOLLAH, R6, mode="allege"),
        event("ACCUSE", KANAANI, ARG_GOV, R8, mode="disapprove"),
        event("REQUEST", IRN_GOV, INTERPOL, R9),
        event("CONSULT", RAISI, SHARIF, R10, mode="meet", date="2024-04-23", location="Islamabad",
              location_country="PAK"),
        event("CONSULT", VAHIDI, SHARIF, R10, mode="meet", date="2024-04-23", location="Islamabad",
              location_country="PAK"),
        event("COERCE", PAK_AUTH, VAHIDI, R11, mode="arrest", location_country="PAK", negated=True),
        event("AGREE", IRN_GOV, PAK_GOV, R12),
        event("SUPPORT", DAIA, ARG_GOV, R14),
    ],
    "quotes": [
        quote("es habe beide Regierungen an eine seit 2007 bestehende Rote Notiz von Interpol gegen Vahidi erinnert",
              "Ministry of Foreign Affairs of Argentina", "indirect"),
        quote("an der Planung des Anschlags von 1994 mit 85 Toten beteiligt gewesen zu sein",
              "Government of Argentina", "indirect"),
        quote("haltlos", "Ministry of Foreign Affairs of Iran", "direct"),
        quote("zionistischen Kreisen", "Nasser Kanaani", "direct"),
        quote("sich von „zionistischen Kreisen“ für politische Zwecke einspannen zu lassen", "Nasser Kanaani",
              "indirect"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Government of Argentina", "ORG", "ARG", ["Argentinien", "Buenos Aires",
                                                         "der Regierung von Präsident Javier Milei"]),
        entity("Argentina", "LOC", "ARG", ["Argentinien"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistan"]),
        entity("Government of Pakistan", "ORG", "PAK", ["Pakistan", "der Regierung in Islamabad"]),
        entity("Sri Lanka", "LOC", "LKA", ["Sri Lanka"]),
        entity("Government of Sri Lanka", "ORG", "LKA", ["Sri Lanka"]),
        entity("Ahmad Vahidi", "PER", "IRN", ["den iranischen Innenminister Ahmad Vahidi", "Vahidi",
                                              "dem früheren Kommandeur der Quds-Einheit der iranischen "
                                              "Revolutionsgarden", "ihn"]),
        entity("AMIA", "ORG", "ARG", ["das jüdische Gemeindezentrum AMIA", "die AMIA"]),
        entity("Ebrahim Raisi", "PER", "IRN", ["Präsident Ebrahim Raisi", "Raisis"]),
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("Ministry of Foreign Affairs of Argentina", "ORG", "ARG", ["Das Außenministerium in Buenos Aires"]),
        entity("Interpol", "ORG", "IGO", ["Interpol"]),
        entity("Quds Force", "ORG", "IRN", ["der Quds-Einheit der iranischen Revolutionsgarden"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["der iranischen Revolutionsgarden"]),
        entity("Federal Court of Criminal Cassation of Argentina", "ORG", "ARG", ["das Bundeskassationsgericht",
                                                                                  "die Richter"]),
        entity("Government of Iran", "ORG", "IRN", ["Iran", "Teheran"]),
        entity("Hezbollah", "ORG", "LBN", ["der libanesischen Hisbollah"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["Das iranische Außenministerium"]),
        entity("Nasser Kanaani", "PER", "IRN", ["Sprecher Nasser Kanaani"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Premierminister Shehbaz Sharif"]),
        entity("Pakistani authorities", "ORG", "PAK", ["Die pakistanischen Behörden"]),
        entity("Delegation of Argentine Israelite Associations", "ORG", "ARG",
               ["Die jüdische Dachorganisation DAIA"]),
        entity("Javier Milei", "PER", "ARG", ["Präsident Javier Milei", "Milei"]),
        entity("United States", "LOC", "USA", ["die USA"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
    ],
}

# ---------------------------------------------------------------- hm432-de-03 (Uruguay, Cardama contract)
URY_GOV = actor("Government of Uruguay", "URY", "GOV")
CARDAMA = actor("Cardama", "ESP", "BUS")
ORSI = actor("Yamandú Orsi", "URY", "GOV")
URY_PROSECUTORS = actor("Public Prosecutor's Office of Uruguay", "URY", "JUD")
LAZO = actor("Sandra Lazo", "URY", "GOV")
NATIONAL_PARTY = actor("National Party (Uruguay)", "URY", "PTY")
LACALLE = actor("Luis Lacalle Pou", "URY", "OPP")
PN_SENATORS = actor("National Party senators", "URY", "LEG")
BROAD_FRONT = actor("Broad Front (Uruguay)", "URY", "PTY")

U1 = ("Montevideo (dpa) - Uruguays Regierung hat den Vertrag mit der spanischen Werft Cardama über den Bau von zwei "
      "Patrouillenschiffen für die Marine gekündigt.")
U2 = ("Das Unternehmen aus Vigo habe eine gefälschte Bankgarantie vorgelegt, sagte Präsident Yamandú Orsi am Freitag "
      "in Montevideo.")
U3 = "„Wir werden nicht zulassen, dass der Staat betrogen wird“, fügte er hinzu."
U4 = ("Der Auftrag im Wert von rund 82 Millionen Euro stammt aus dem Dezember 2023, als noch Orsis Vorgänger Luis "
      "Lacalle Pou regierte.")
U5 = "Die Staatsanwaltschaft leitete Ermittlungen wegen möglichen Betrugs ein."
U6 = ("Verteidigungsministerin Sandra Lazo forderte die Werft auf, die bereits gezahlten rund 30 Millionen Dollar "
      "zurückzuzahlen.")
U7 = "Cardama wies die Vorwürfe zurück."
U8 = "Die Werft habe alle vertraglichen Pflichten erfüllt, teilte das Unternehmen mit."
U9 = "Es kündigte an, gegen die Kündigung vor ein internationales Schiedsgericht zu ziehen."
U10 = "Nach Angaben der Werft ist das erste der beiden Schiffe bereits zu mehr als der Hälfte fertiggestellt."
U11 = ("Die oppositionelle Nationale Partei warf der Regierung vor, die Erneuerung der Marine aus parteipolitischen "
       "Gründen zu gefährden.")
U12 = "Lacalle Pou sprach auf der Plattform X von einer „überstürzten Entscheidung“."
U13 = "Senatoren der Partei verlangten, dass Lazo vor dem Parlament Rede und Antwort steht."
U14 = "Das Regierungsbündnis Frente Amplio lehnte eine Vorladung der Ministerin jedoch ab."
U15 = ("Die Marine des südamerikanischen Landes verfügt seit Jahren kaum über einsatzfähige Hochseeschiffe, um die "
       "Fischgründe vor illegalem Fang zu schützen.")
U16 = "Die beiden Schiffe hätten nach dem ursprünglichen Zeitplan ab 2026 ausgeliefert werden sollen."
U17 = "Orsi hatte das Amt am 1. März übernommen."

DE03 = {
    "id": "hm432-de-03", "lang": "de", "url": None, "published": "2025-08-23",
    "title": "Uruguay kündigt Vertrag mit spanischer Werft Cardama",
    "text": paragraphs([U1, U2, U3], [U4, U5, U6], [U7, U8, U9, U10], [U11, U12, U13, U14], [U15, U16, U17]),
    "events": [
        event("SANCTION", URY_GOV, CARDAMA, U1, mode="discontinue"),
        event("ACCUSE", ORSI, CARDAMA, U2, mode="allege", date="2025-08-22", location="Montevideo",
              location_country="URY"),
        event("ACCUSE", URY_PROSECUTORS, CARDAMA, U5, mode="investigate"),
        event("REQUEST", LAZO, CARDAMA, U6),
        event("THREATEN", CARDAMA, URY_GOV, U9),
        event("ACCUSE", NATIONAL_PARTY, URY_GOV, U11, mode="disapprove"),
        event("ACCUSE", LACALLE, URY_GOV, U12, mode="disapprove"),
        event("REQUEST", PN_SENATORS, LAZO, U13),
        event("REJECT", BROAD_FRONT, PN_SENATORS, U14),
    ],
    "quotes": [
        quote("Das Unternehmen aus Vigo habe eine gefälschte Bankgarantie vorgelegt", "Yamandú Orsi", "indirect"),
        quote("Wir werden nicht zulassen, dass der Staat betrogen wird", "Yamandú Orsi", "direct"),
        quote("Die Werft habe alle vertraglichen Pflichten erfüllt", "Cardama", "indirect"),
        quote("Nach Angaben der Werft ist das erste der beiden Schiffe bereits zu mehr als der Hälfte fertiggestellt",
              "Cardama", "indirect"),
        quote("die Erneuerung der Marine aus parteipolitischen Gründen zu gefährden", "National Party (Uruguay)",
              "indirect"),
        quote("überstürzten Entscheidung", "Luis Lacalle Pou", "direct"),
    ],
    "entities": [
        entity("Montevideo", "LOC", "URY", ["Montevideo"]),
        entity("Uruguay", "LOC", "URY", ["Uruguays", "des südamerikanischen Landes"]),
        entity("Government of Uruguay", "ORG", "URY", ["Uruguays Regierung", "der Regierung", "der Staat"]),
        entity("Cardama", "ORG", "ESP", ["der spanischen Werft Cardama", "Das Unternehmen aus Vigo", "die Werft",
                                         "Cardama", "Die Werft", "das Unternehmen", "Es", "der Werft"]),
        entity("Vigo", "LOC", "ESP", ["Vigo"]),
        entity("Uruguayan Navy", "ORG", "URY", ["die Marine", "der Marine", "Die Marine des südamerikanischen "
                                                                             "Landes"]),
        entity("Yamandú Orsi", "PER", "URY", ["Präsident Yamandú Orsi", "er", "Orsis", "Orsi"]),
        entity("Luis Lacalle Pou", "PER", "URY", ["Orsis Vorgänger Luis Lacalle Pou", "Lacalle Pou"]),
        entity("Public Prosecutor's Office of Uruguay", "ORG", "URY", ["Die Staatsanwaltschaft"]),
        entity("Sandra Lazo", "PER", "URY", ["Verteidigungsministerin Sandra Lazo", "Lazo", "der Ministerin"]),
        entity("National Party (Uruguay)", "ORG", "URY", ["Die oppositionelle Nationale Partei", "der Partei"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("National Party senators", "ORG", "URY", ["Senatoren der Partei"]),
        entity("General Assembly of Uruguay", "ORG", "URY", ["dem Parlament"]),
        entity("Broad Front (Uruguay)", "ORG", "URY", ["Das Regierungsbündnis Frente Amplio"]),
    ],
}

# ---------------------------------------------------------------- hm432-de-04 (Bolivia, lithium protests)
PTS_PROTESTERS = actor("protesters in Potosí", "BOL", "CVL")
BOL_GOV = actor("Government of Bolivia", "BOL", "GOV")
COMCIPO = actor("Civic Committee of Potosí", "BOL", "CVL")
YLB = actor("Yacimientos de Litio Bolivianos", "BOL", "BUS")
URANIUM_ONE = actor("Uranium One Group", "RUS", "BUS")
CBC = actor("CBC consortium", "CHN", "BUS")
GALLARDO = actor("Alejandro Gallardo", "BOL", "GOV")
PEREZ = actor("Alberto Pérez", "BOL", "CVL")
BOL_POLICE = actor("Bolivian Police", "BOL", "COP")
MORALES = actor("Evo Morales", "BOL", "PTY")
ARCE = actor("Luis Arce", "BOL", "GOV")

L1 = ("La Paz (dpa) - Im Süden Boliviens haben Tausende Menschen gegen die Lithium-Verträge der Regierung mit einem "
      "russischen und einem chinesischen Unternehmen protestiert.")
L2 = ("Das Bürgerkomitee von Potosí rief am Montag einen unbefristeten Streik aus und ließ die Zufahrtsstraßen zur "
      "Stadt blockieren.")
L3 = "Geschäfte, Märkte und Schulen blieben geschlossen."
L4 = ("Die Demonstranten werfen der Regierung von Präsident Luis Arce vor, die Bodenschätze der Region ohne "
      "Beteiligung der Bevölkerung an ausländische Konzerne zu verschenken.")
L5 = ("Der staatliche Lithiumkonzern YLB hatte sich im vergangenen Jahr mit der Uranium One Group, einer Tochter des "
      "russischen Atomkonzerns Rosatom, und dem chinesischen Konsortium CBC auf den Bau von Förderanlagen geeinigt.")
L6 = "Die Abkommen im Umfang von zusammen rund zwei Milliarden Dollar müssen noch vom Parlament gebilligt werden."
L7 = ("Energieminister Alejandro Gallardo verteidigte die Verträge und lud die Führung des Komitees zu Gesprächen "
      "nach La Paz ein.")
L8 = ("Die Lithiumförderung werde dem Land Milliarden einbringen und Tausende Arbeitsplätze in Potosí schaffen, "
      "sagte er.")
L9 = "Komiteechef Alberto Pérez lehnte die Einladung ab und forderte die Annullierung der Verträge."
L10 = "„Potosí ist nicht zu verkaufen“, sagte er vor Anhängern auf dem Hauptplatz der Stadt."
L11 = "Polizisten räumten am Montagabend eine Blockade an der Straße nach Oruro mit Tränengas."
L12 = "Nach Polizeiangaben wurden dabei zwölf Menschen festgenommen."
L13 = ("Das Komitee drohte, die Proteste auf das ganze Department auszuweiten, sollten die Festgenommenen nicht bis "
       "Mittwoch freikommen.")
L14 = ("Auch Ex-Präsident Evo Morales, der mit Arce um die Führung der Regierungspartei MAS ringt, stellte sich "
       "hinter die Proteste.")
L15 = "Er warf Arce vor, das Lithium „zu Schleuderpreisen“ abgeben zu wollen."
L16 = ("Bolivien besitzt nach Schätzungen die größten Lithiumvorkommen der Welt, fördert bisher aber nur geringe "
       "Mengen.")
L17 = "Im August wird in dem Andenstaat ein neuer Präsident gewählt."

DE04 = {
    "id": "hm432-de-04", "lang": "de", "url": None, "published": "2025-02-18",
    "title": "Proteste in Bolivien gegen Lithium-Verträge mit Russland und China",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6], [L7, L8, L9, L10], [L11, L12, L13], [L14, L15, L16, L17]),
    "events": [
        event("PROTEST", PTS_PROTESTERS, BOL_GOV, L1, mode="demo", location_country="BOL"),
        event("PROTEST", COMCIPO, BOL_GOV, L2, mode="strike", date="2025-02-17", location="Potosí",
              location_country="BOL"),
        event("ACCUSE", PTS_PROTESTERS, BOL_GOV, L4, mode="disapprove"),
        event("AGREE", YLB, URANIUM_ONE, L5),
        event("AGREE", YLB, CBC, L5),
        event("AGREE", GALLARDO, COMCIPO, L7),
        event("REJECT", PEREZ, GALLARDO, L9, mode="meet"),
        event("REQUEST", PEREZ, BOL_GOV, L9, mode="change"),
        event("COERCE", BOL_POLICE, PTS_PROTESTERS, L11, mode="crowd-control", date="2025-02-17",
              location_country="BOL"),
        event("COERCE", BOL_POLICE, PTS_PROTESTERS, L12, mode="arrest", date="2025-02-17", location_country="BOL"),
        event("THREATEN", COMCIPO, BOL_GOV, L13),
        event("SUPPORT", MORALES, PTS_PROTESTERS, L14),
        event("ACCUSE", MORALES, ARCE, L15, mode="disapprove"),
    ],
    "quotes": [
        quote("die Bodenschätze der Region ohne Beteiligung der Bevölkerung an ausländische Konzerne zu verschenken",
              "protesters in Potosí", "indirect"),
        quote("Die Lithiumförderung werde dem Land Milliarden einbringen und Tausende Arbeitsplätze in Potosí "
              "schaffen", "Alejandro Gallardo", "indirect"),
        quote("Potosí ist nicht zu verkaufen", "Alberto Pérez", "direct"),
        quote("Nach Polizeiangaben wurden dabei zwölf Menschen festgenommen", "Bolivian Police", "indirect"),
        quote("zu Schleuderpreisen", "Evo Morales", "direct"),
        quote("das Lithium „zu Schleuderpreisen“ abgeben zu wollen", "Evo Morales", "indirect"),
    ],
    "entities": [
        entity("La Paz", "LOC", "BOL", ["La Paz"]),
        entity("Bolivia", "LOC", "BOL", ["Boliviens", "dem Land", "Bolivien", "dem Andenstaat"]),
        entity("protesters in Potosí", "PER", "BOL", ["Tausende Menschen", "Die Demonstranten"]),
        entity("Government of Bolivia", "ORG", "BOL", ["der Regierung", "der Regierung von Präsident Luis Arce"]),
        entity("Civic Committee of Potosí", "ORG", "BOL", ["Das Bürgerkomitee von Potosí", "des Komitees",
                                                           "Das Komitee"]),
        entity("Potosí", "LOC", "BOL", ["Potosí", "zur Stadt", "der Stadt"]),
        entity("Department of Potosí", "LOC", "BOL", ["der Region", "das ganze Department"]),
        entity("Luis Arce", "PER", "BOL", ["Präsident Luis Arce", "Arce"]),
        entity("Yacimientos de Litio Bolivianos", "ORG", "BOL", ["Der staatliche Lithiumkonzern YLB"]),
        entity("Uranium One Group", "ORG", "RUS", ["der Uranium One Group, einer Tochter des russischen "
                                                   "Atomkonzerns Rosatom"]),
        entity("Rosatom", "ORG", "RUS", ["des russischen Atomkonzerns Rosatom"]),
        entity("CBC consortium", "ORG", "CHN", ["dem chinesischen Konsortium CBC"]),
        entity("Plurinational Legislative Assembly of Bolivia", "ORG", "BOL", ["vom Parlament"]),
        entity("Alejandro Gallardo", "PER", "BOL", ["Energieminister Alejandro Gallardo", "er"]),
        entity("Alberto Pérez", "PER", "BOL", ["Komiteechef Alberto Pérez", "er"]),
        entity("supporters of the Civic Committee of Potosí", "PER", "BOL", ["Anhängern"]),
        entity("main square of Potosí", "LOC", "BOL", ["dem Hauptplatz der Stadt"]),
        entity("Bolivian Police", "ORG", "BOL", ["Polizisten"]),
        entity("Oruro", "LOC", "BOL", ["Oruro"]),
        entity("detained protesters in Potosí", "PER", "BOL", ["zwölf Menschen", "die Festgenommenen"]),
        entity("Evo Morales", "PER", "BOL", ["Ex-Präsident Evo Morales", "Er"]),
        entity("Movement for Socialism", "ORG", "BOL", ["der Regierungspartei MAS"]),
    ],
}

# ---------------------------------------------------------------- hm432-en-01 (El Salvador, bitcoin law reform)
SLV_LEG = actor("Legislative Assembly of El Salvador", "SLV", "LEG")
IMF = actor("International Monetary Fund", "IGO", "IGO")
SLV_GOV = actor("Government of El Salvador", "SLV", "GOV")
KOZACK = actor("Julie Kozack", "IGO", "IGO")
BUKELE = actor("Nayib Bukele", "SLV", "GOV")
ORTIZ = actor("Claudia Ortiz", "SLV", "LEG")
SLV_UNIONS = actor("public-sector union members", "SLV", "LAB")

S1 = ("SAN SALVADOR, El Salvador (AP) — El Salvador's Legislative Assembly on Wednesday voted to make the acceptance "
      "of bitcoin voluntary, meeting a key condition of a $1.4 billion loan program agreed with the International "
      "Monetary Fund.")
S2 = ("The amendments, approved 55-2 in an expedited session without committee debate, also end the rule that taxes "
      "can be paid in bitcoin.")
S3 = ("El Salvador became the first country to make the cryptocurrency legal tender in 2021, a project championed by "
      "President Nayib Bukele.")
S4 = ("The IMF reached a staff-level agreement with Bukele's government in December, under which the Central "
      "American country is to receive the money over 40 months.")
S5 = ("IMF spokeswoman Julie Kozack welcomed the vote, saying it reduced \"potential risks\" to financial "
      "stability.")
S6 = "The fund has also urged the government to stop adding bitcoin to its reserves."
S7 = ("Bukele refused, writing on X that his government would \"keep buying\" bitcoin for a strategic reserve.")
S8 = ("According to a government website, El Salvador holds about 6,000 bitcoins, worth some $600 million at "
      "current prices.")
S9 = ("Opposition lawmaker Claudia Ortiz of the Vamos party accused the government of wasting public money on a "
      "failed experiment.")
S10 = "\"Salvadorans were never asked, and now they are paying the bill,\" Ortiz said."
S11 = ("Several dozen members of public-sector unions protested outside the assembly building, saying the IMF deal "
       "would bring layoffs and spending cuts.")
S12 = "Small business owners in the capital said they had rarely been paid in bitcoin anyway."
S13 = ("A survey by the Central American University found that 92% of Salvadorans did not use the currency at all "
       "in 2024.")
S14 = ("Bukele, who won a second term last February with about 85% of the vote, remains popular for his crackdown on "
       "the country's gangs.")
S15 = "More than 83,000 people have been detained under a state of emergency in place since March 2022."

EN01 = {
    "id": "hm432-en-01", "lang": "en", "url": None, "published": "2025-01-30",
    "title": "El Salvador scales back bitcoin law to secure IMF loan",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7, S8], [S9, S10, S11], [S12, S13], [S14, S15]),
    "events": [
        event("CONCEDE", SLV_LEG, IMF, S1, date="2025-01-29", location="San Salvador", location_country="SLV"),
        event("AGREE", IMF, SLV_GOV, S4),
        event("SUPPORT", KOZACK, SLV_LEG, S5),
        event("REQUEST", IMF, SLV_GOV, S6, mode="change"),
        event("REJECT", BUKELE, IMF, S7, mode="change"),
        event("ACCUSE", ORTIZ, SLV_GOV, S9, mode="disapprove"),
        event("PROTEST", SLV_UNIONS, SLV_LEG, S11, mode="demo", location="San Salvador", location_country="SLV"),
    ],
    "quotes": [
        quote("potential risks", "Julie Kozack", "direct"),
        quote("it reduced \"potential risks\" to financial stability", "Julie Kozack", "indirect"),
        quote("keep buying", "Nayib Bukele", "direct"),
        quote("his government would \"keep buying\" bitcoin for a strategic reserve", "Nayib Bukele", "indirect"),
        quote("El Salvador holds about 6,000 bitcoins, worth some $600 million at current prices",
              "Government of El Salvador", "indirect"),
        quote("Salvadorans were never asked, and now they are paying the bill", "Claudia Ortiz", "direct"),
        quote("the IMF deal would bring layoffs and spending cuts", "public-sector union members", "indirect"),
        quote("they had rarely been paid in bitcoin anyway", "small business owners in San Salvador", "indirect"),
        quote("92% of Salvadorans did not use the currency at all in 2024", "Central American University",
              "indirect"),
    ],
    "entities": [
        entity("San Salvador", "LOC", "SLV", ["SAN SALVADOR", "the capital"]),
        entity("El Salvador", "LOC", "SLV", ["El Salvador", "El Salvador's", "the Central American country",
                                             "the country's"]),
        entity("Legislative Assembly of El Salvador", "ORG", "SLV", ["El Salvador's Legislative Assembly"]),
        entity("Legislative Assembly building", "LOC", "SLV", ["the assembly building"]),
        entity("International Monetary Fund", "ORG", "IGO", ["the International Monetary Fund", "The IMF",
                                                             "The fund", "the IMF"]),
        entity("Nayib Bukele", "PER", "SLV", ["President Nayib Bukele", "Bukele's", "Bukele", "his"]),
        entity("Government of El Salvador", "ORG", "SLV", ["Bukele's government", "the government",
                                                           "his government"]),
        entity("Julie Kozack", "PER", "IGO", ["IMF spokeswoman Julie Kozack"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Claudia Ortiz", "PER", "SLV", ["Opposition lawmaker Claudia Ortiz", "Ortiz"]),
        entity("Vamos", "ORG", "SLV", ["the Vamos party"]),
        entity("Salvadorans", "PER", "SLV", ["Salvadorans"]),
        entity("public-sector union members", "ORG", "SLV", ["Several dozen members of public-sector unions"]),
        entity("small business owners in San Salvador", "PER", "SLV", ["Small business owners in the capital",
                                                                       "they"]),
        entity("Central American University", "ORG", "SLV", ["the Central American University"]),
        entity("Salvadoran gangs", "ORG", "SLV", ["the country's gangs"]),
    ],
}

# ---------------------------------------------------------------- hm432-en-02 (Venezuela, Perkins Rocha detained)
VEN_SECURITY = actor("Venezuelan security forces", "VEN", "COP")
ROCHA = actor("Perkins Rocha", "VEN", "OPP")
MACHADO = actor("María Corina Machado", "VEN", "OPP")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
SAAB = actor("Tarek William Saab", "VEN", "JUD")
E_GONZALEZ = actor("Edmundo González Urrutia", "VEN", "OPP")
VEN_PROSECUTORS = actor("Public Ministry of Venezuela", "VEN", "JUD")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
COL_GOV = actor("Government of Colombia", "COL", "GOV")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")

V1 = ("CARACAS, Venezuela (AP) — Hooded security agents detained a lawyer and close adviser of opposition leader "
      "María Corina Machado in Caracas, her party said Wednesday, the latest in a wave of arrests following "
      "Venezuela's disputed presidential election.")
V2 = ("Perkins Rocha, who represents Machado's Vente Venezuela party before the electoral authorities, was seized on "
      "a street in the east of the capital on Tuesday evening, the party said.")
V3 = "His wife, María Constanza Cipriani, said she had not been told where he was being held."
V4 = "Machado condemned the arrest as a \"kidnapping\" and demanded his immediate release."
V5 = "\"They are trying to silence everyone who defends the truth about July 28,\" she wrote on X."
V6 = "Venezuela's Attorney General Tarek William Saab did not comment on the detention."
V7 = ("Saab has opened a criminal investigation against Machado and opposition candidate Edmundo González over a "
      "website that published vote tallies collected by the opposition.")
V8 = "González has twice ignored summonses to appear before prosecutors, most recently on Tuesday."
V9 = "President Nicolás Maduro has said both opposition leaders should be behind bars."
V10 = ("The National Electoral Council, which is loyal to Maduro, declared him the winner of the July 28 vote but has "
       "not published detailed results.")
V11 = ("The opposition says tallies from more than 80% of voting machines show that González won by a wide margin.")
V12 = "Authorities say more than 2,400 people have been detained since the election."
V13 = ("The U.S. State Department called for Rocha's release and warned that Washington was weighing further "
       "sanctions against officials responsible for the crackdown.")
V14 = "Brazil and Colombia have refused to recognize Maduro's victory until the detailed tallies are released."
V15 = ("Brazilian President Luiz Inácio Lula da Silva has suggested holding a new election, an idea that both Maduro "
       "and Machado rejected.")

EN02 = {
    "id": "hm432-en-02", "lang": "en", "url": None, "published": "2024-08-28",
    "title": "Venezuelan agents detain lawyer for opposition leader Machado",
    "text": paragraphs([V1, V2, V3], [V4, V5], [V6, V7, V8, V9], [V10, V11, V12], [V13, V14, V15]),
    "events": [
        event("COERCE", VEN_SECURITY, ROCHA, V1, mode="arrest", location="Caracas", location_country="VEN"),
        event("COERCE", VEN_SECURITY, ROCHA, V2, mode="arrest", date="2024-08-27", location="Caracas",
              location_country="VEN"),
        event("ACCUSE", MACHADO, VEN_GOV, V4, mode="disapprove"),
        event("REQUEST", MACHADO, VEN_GOV, V4, mode="yield"),
        event("ACCUSE", SAAB, MACHADO, V7, mode="investigate"),
        event("ACCUSE", SAAB, E_GONZALEZ, V7, mode="investigate"),
        event("REJECT", E_GONZALEZ, VEN_PROSECUTORS, V8, date="2024-08-27"),
        event("THREATEN", MADURO, MACHADO, V9, mode="arrest"),
        event("THREATEN", MADURO, E_GONZALEZ, V9, mode="arrest"),
        event("REQUEST", US_STATE, VEN_GOV, V13, mode="yield"),
        event("THREATEN", US_STATE, VEN_GOV, V13),
        event("REJECT", BRA_GOV, MADURO, V14),
        event("REJECT", COL_GOV, MADURO, V14),
        event("REQUEST", LULA, VEN_GOV, V15, mode="change"),
        event("REJECT", MADURO, LULA, V15, mode="change"),
        event("REJECT", MACHADO, LULA, V15, mode="change"),
    ],
    "quotes": [
        quote("Hooded security agents detained a lawyer and close adviser of opposition leader María Corina Machado "
              "in Caracas", "Vente Venezuela", "indirect"),
        quote("Perkins Rocha, who represents Machado's Vente Venezuela party before the electoral authorities, was "
              "seized on a street in the east of the capital on Tuesday evening", "Vente Venezuela", "indirect"),
        quote("she had not been told where he was being held", "María Constanza Cipriani", "indirect"),
        quote("kidnapping", "María Corina Machado", "direct"),
        quote("They are trying to silence everyone who defends the truth about July 28", "María Corina Machado",
              "direct"),
        quote("both opposition leaders should be behind bars", "Nicolás Maduro", "indirect"),
        quote("tallies from more than 80% of voting machines show that González won by a wide margin",
              "Venezuelan opposition", "indirect"),
        quote("more than 2,400 people have been detained since the election", "Government of Venezuela",
              "indirect"),
        quote("Washington was weighing further sanctions against officials responsible for the crackdown",
              "United States Department of State", "indirect"),
    ],
    "entities": [
        entity("Caracas", "LOC", "VEN", ["CARACAS", "Caracas", "the capital"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela", "Venezuela's"]),
        entity("Venezuelan security forces", "ORG", "VEN", ["Hooded security agents"]),
        entity("Perkins Rocha", "PER", "VEN", ["a lawyer and close adviser of opposition leader María Corina "
                                               "Machado", "Perkins Rocha", "His", "he", "his", "Rocha's"]),
        entity("María Corina Machado", "PER", "VEN", ["opposition leader María Corina Machado", "her",
                                                      "Machado's", "Machado", "she"]),
        entity("Vente Venezuela", "ORG", "VEN", ["her party", "Machado's Vente Venezuela party", "the party"]),
        entity("National Electoral Council of Venezuela", "ORG", "VEN", ["the electoral authorities",
                                                                         "The National Electoral Council"]),
        entity("María Constanza Cipriani", "PER", "VEN", ["His wife, María Constanza Cipriani", "she"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Tarek William Saab", "PER", "VEN", ["Venezuela's Attorney General Tarek William Saab", "Saab"]),
        entity("Edmundo González Urrutia", "PER", "VEN", ["opposition candidate Edmundo González", "González"]),
        entity("Public Ministry of Venezuela", "ORG", "VEN", ["prosecutors"]),
        entity("Nicolás Maduro", "PER", "VEN", ["President Nicolás Maduro", "Maduro", "him", "Maduro's"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["The opposition", "the opposition"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Authorities"]),
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Government of Brazil", "ORG", "BRA", ["Brazil"]),
        entity("Government of Colombia", "ORG", "COL", ["Colombia"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Brazilian President Luiz Inácio Lula da Silva"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
