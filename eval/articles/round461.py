"""Round 461: six invented wire-style articles (4 German, 2 English), written blind.

Stories:
- hm461-de-01: Syria/China: Assad arrives in Hangzhou on his first China trip since 2004 and agrees a "strategic partnership" with Xi; Xi pledges support and counter-terrorism cooperation, Assad thanks Beijing and accuses Washington over sanctions, the State Department objects and rules out normalisation, Beijing brushes off criticism, the Syrian National Coalition condemns the visit (2023-09-22).
- hm461-de-02: Bahrain/United States: Crown Prince Salman bin Hamad and Blinken sign the C-SIPA security and economic pact in Washington; Blinken's "historic step", Kanaani accuses Manama and Washington, Manama denies the pact targets any state, Al-Wefaq objects, village protests and arrests alleged, US-Saudi defence talks (2023-09-14).
- hm461-de-03: Algeria/Morocco: Algeria's defence ministry says the coast guard fired after warning shots on jet skis from Saïdia, two French-Moroccan men killed and a third held and investigated; a brother alleges shots without warning, Algiers rejects it, Baitas defers to the courts, Paris asks for clarification, AMDH demands an inquiry, the 2021 break in relations recalled (2023-09-04).
- hm461-de-04: Tunisia: anti-terror police arrest Mosaïque FM director Noureddine Boutar after Jelassi, Turki and Eltaief; Saied calls the detainees terrorists and threatens anyone who exonerates them, Ennahda condemns and demands releases, protest in Tunis, no charge yet, the UN rights office demands releases (2023-02-14).
- hm461-en-01: France/Syria: Paris investigating judges issue arrest warrants for Bashar Assad, Maher Assad and generals Ghassan Abbas and Bassam al-Hassan over the 2013 chemical attacks; the SCM/OSJI/Syrian Archive complaint, Darwish praises the ruling, Damascus denies, the UN-OPCW findings, the 2013 US threat and US-Russian deal, Assad at the Riyadh summit (2023-11-15).
- hm461-en-02: Saudi Arabia: Human Rights Watch accuses Saudi border guards of killing hundreds of Ethiopian migrants at the Yemeni border; Hardman's accusation and demand, Riyadh rejects the findings, Ethiopia pledges a joint inquiry, the State Department raises concerns, Dujarric asks for an independent probe, the 2022 repatriation deal recalled (2023-08-21).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm461-de-01 (Syria/China, Assad in Hangzhou)
ASSAD = actor("Bashar al-Assad", "SYR", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
SYR_GOV = actor("Government of Syria", "SYR", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
US_STATE_SPOKES = actor("Spokesperson of the United States Department of State", "USA", "GOV")
SNC = actor("Syrian National Coalition", "SYR", "OPP")

D1 = ("Hangzhou (dpa) - Syriens Machthaber Baschar al-Assad ist am Donnerstag zu seinem ersten Besuch in China seit "
      "fast zwei Jahrzehnten eingetroffen.")
D2 = ("Der 58-Jährige wird von seiner Frau Asma und mehreren Ministern begleitet, wie die staatliche syrische "
      "Nachrichtenagentur Sana meldete.")
D3 = "Am Freitag kam Assad in der ostchinesischen Stadt Hangzhou mit Staats- und Parteichef Xi Jinping zusammen."
D4 = ("Beide Seiten vereinbarten nach Angaben des chinesischen Staatsfernsehens eine „strategische Partnerschaft“.")
D5 = ("Xi sagte, China unterstütze Syrien beim Widerstand gegen ausländische Einmischung und beim Wiederaufbau des vom "
      "Krieg zerstörten Landes.")
D6 = "Peking werde zudem die Zusammenarbeit mit Damaskus im Kampf gegen den Terrorismus ausbauen, fügte er hinzu."
D7 = "Assad dankte der chinesischen Führung für ihre Haltung im UN-Sicherheitsrat."
D8 = "Zugleich warf er den USA vor, mit ihren Sanktionen das syrische Volk auszuhungern."
D9 = ("Das US-Außenministerium kritisierte den Empfang und rief Peking auf, den Machthaber in Damaskus nicht "
      "aufzuwerten.")
D10 = "Eine Normalisierung der Beziehungen zu Assad komme für Washington nicht in Frage, sagte ein Sprecher."
D11 = ("Eine Sprecherin des chinesischen Außenministeriums wies die Kritik zurück und sagte, China pflege normale "
       "Beziehungen zu allen Staaten der Region.")
D12 = ("Die oppositionelle Syrische Nationale Koalition verurteilte den Besuch als Versuch, die Verbrechen des "
       "Regimes reinzuwaschen.")
D13 = "Der Bürgerkrieg in Syrien hat seit 2011 mehr als 300.000 Zivilisten das Leben gekostet."
D14 = "Assad bemüht sich seit Monaten verstärkt um ein Ende seiner internationalen Isolation."
D15 = ("Chinesische Unternehmen zeigen bislang allerdings wenig Interesse an Investitionen in Syrien, wo westliche "
       "Sanktionen weiter gelten.")
D16 = "Am Samstag werden in Hangzhou die Asienspiele eröffnet."

DE01 = {
    "id": "hm461-de-01", "lang": "de", "url": None, "published": "2023-09-22",
    "title": "Assad zu Besuch in China - Strategische Partnerschaft mit Xi",
    "text": paragraphs([D1, D2], [D3, D4, D5, D6], [D7, D8], [D9, D10, D11, D12], [D13, D14, D15, D16]),
    "events": [
        event("CONSULT", ASSAD, CHN_GOV, D1, mode="visit", date="2023-09-21", location_country="CHN"),
        event("CONSULT", ASSAD, XI, D3, mode="meet", date="2023-09-22", location="Hangzhou",
              location_country="CHN"),
        event("AGREE", SYR_GOV, CHN_GOV, D4),
        event("SUPPORT", XI, SYR_GOV, D5),
        event("AGREE", XI, SYR_GOV, D6),
        event("SUPPORT", ASSAD, CHN_GOV, D7),
        event("ACCUSE", ASSAD, USA_GOV, D8, mode="disapprove"),
        event("ACCUSE", US_STATE, CHN_GOV, D9, mode="disapprove"),
        event("REQUEST", US_STATE, CHN_GOV, D9, mode="change"),
        event("REJECT", US_STATE_SPOKES, ASSAD, D10),
        event("ACCUSE", SNC, ASSAD, D12, mode="disapprove"),
    ],
    "quotes": [
        quote("Der 58-Jährige wird von seiner Frau Asma und mehreren Ministern begleitet", "SANA", "indirect"),
        quote("strategische Partnerschaft", "China Central Television", "direct"),
        quote("Beide Seiten vereinbarten nach Angaben des chinesischen Staatsfernsehens eine „strategische "
              "Partnerschaft“", "China Central Television", "indirect"),
        quote("China unterstütze Syrien beim Widerstand gegen ausländische Einmischung und beim Wiederaufbau des vom "
              "Krieg zerstörten Landes", "Xi Jinping", "indirect"),
        quote("Peking werde zudem die Zusammenarbeit mit Damaskus im Kampf gegen den Terrorismus ausbauen",
              "Xi Jinping", "indirect"),
        quote("mit ihren Sanktionen das syrische Volk auszuhungern", "Bashar al-Assad", "indirect"),
        quote("Eine Normalisierung der Beziehungen zu Assad komme für Washington nicht in Frage",
              "Spokesperson of the United States Department of State", "indirect"),
        quote("China pflege normale Beziehungen zu allen Staaten der Region",
              "Spokesperson of the Ministry of Foreign Affairs of China", "indirect"),
    ],
    "entities": [
        entity("Hangzhou", "LOC", "CHN", ["Hangzhou", "der ostchinesischen Stadt Hangzhou"]),
        entity("Syria", "LOC", "SYR", ["Syriens", "Syrien", "des vom Krieg zerstörten Landes"]),
        entity("Bashar al-Assad", "PER", "SYR", ["Syriens Machthaber Baschar al-Assad", "Der 58-Jährige", "Assad",
                                                 "er", "den Machthaber in Damaskus", "seiner"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Asma al-Assad", "PER", "SYR", ["seiner Frau Asma"]),
        entity("SANA", "ORG", "SYR", ["die staatliche syrische Nachrichtenagentur Sana"]),
        entity("Xi Jinping", "PER", "CHN", ["Staats- und Parteichef Xi Jinping", "Xi", "er"]),
        entity("China Central Television", "ORG", "CHN", ["des chinesischen Staatsfernsehens"]),
        entity("Government of China", "ORG", "CHN", ["Peking", "der chinesischen Führung", "China"]),
        entity("Government of Syria", "ORG", "SYR", ["Damaskus", "Syrien", "des Regimes"]),
        entity("United Nations Security Council", "ORG", "UNO", ["UN-Sicherheitsrat"]),
        entity("Government of the United States", "ORG", "USA", ["den USA", "Washington"]),
        entity("Syrian people", "PER", "SYR", ["das syrische Volk"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Damascus", "LOC", "SYR", ["Damaskus"]),
        entity("Spokesperson of the United States Department of State", "PER", "USA", ["ein Sprecher"]),
        entity("Spokesperson of the Ministry of Foreign Affairs of China", "PER", "CHN",
               ["Eine Sprecherin des chinesischen Außenministeriums"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["des chinesischen Außenministeriums"]),
        entity("Syrian National Coalition", "ORG", "SYR", ["Die oppositionelle Syrische Nationale Koalition"]),
        entity("Chinese companies", "ORG", "CHN", ["Chinesische Unternehmen"]),
        entity("Asian Games", "MISC", "CHN", ["die Asienspiele"]),
    ],
}

# ---------------------------------------------------------------- hm461-de-02 (Bahrain/US, C-SIPA signed)
BHR_GOV = actor("Government of Bahrain", "BHR", "GOV")
USA_GOV_B = actor("Government of the United States", "USA", "GOV")
SALMAN = actor("Salman bin Hamad Al Khalifa", "BHR", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
KANAANI = actor("Nasser Kanaani", "IRN", "GOV")
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
WEFAQ = actor("Al-Wefaq National Islamic Society", "BHR", "OPP")
BHR_PROTESTERS = actor("protesters in Bahrain", "BHR", "CVL")
BHR_POLICE = actor("Bahraini police", "BHR", "COP")
SAU_GOV = actor("Government of Saudi Arabia", "SAU", "GOV")

B1 = ("Washington (dpa) - Die USA und Bahrain haben ein umfassendes Sicherheits- und Wirtschaftsabkommen "
      "unterzeichnet.")
B2 = ("Bahrains Kronprinz und Regierungschef Salman bin Hamad al-Chalifa und US-Außenminister Antony Blinken setzten "
      "am Mittwoch im Außenministerium in Washington ihre Unterschriften unter das Dokument.")
B3 = ("Das Abkommen mit dem Kürzel C-SIPA sieht vor, dass beide Staaten im Fall einer äußeren Bedrohung umgehend "
      "Beratungen aufnehmen.")
B4 = "Zudem regelt es eine engere Zusammenarbeit bei Verteidigung, Geheimdiensten und neuen Technologien."
B5 = "Blinken sprach von einem „historischen Schritt“ für die Stabilität am Golf."
B6 = "Der Kronprinz nannte die Vereinigten Staaten den „wichtigsten Partner“ seines Landes."
B7 = "In Bahrain ist die Fünfte Flotte der US-Marine stationiert."
B8 = ("Das Königreich unterhält seit 2016 keine diplomatischen Beziehungen zum Iran und wirft Teheran vor, Unruhen "
      "unter der schiitischen Bevölkerungsmehrheit zu schüren.")
B9 = ("Der Sprecher des iranischen Außenministeriums, Nasser Kanaani, warf Manama und Washington vor, die Region mit "
      "dem Pakt weiter zu destabilisieren.")
B10 = "„Sicherheit kann man nicht importieren“, sagte er."
B11 = "Die Regierung in Manama bestreitet, dass sich das Abkommen gegen einen bestimmten Staat richte."
B12 = ("Die verbotene schiitische Oppositionsgruppe Al-Wefak kritisierte den Pakt scharf und forderte stattdessen die "
       "Freilassung politischer Gefangener.")
B13 = ("In mehreren Dörfern westlich der Hauptstadt Manama gingen am Mittwochabend Dutzende Menschen gegen das "
       "Abkommen auf die Straße.")
B14 = "Die Polizei habe mehrere Demonstranten festgenommen, teilte die Gruppe mit."
B15 = "Das Innenministerium äußerte sich dazu zunächst nicht."
B16 = "Bahrain unterhält seit 2020 diplomatische Beziehungen zu Israel."
B17 = ("Washington verhandelt derzeit auch mit Saudi-Arabien über ein Verteidigungsabkommen, das Teil einer "
       "Annäherung zwischen Riad und Israel werden könnte.")

DE02 = {
    "id": "hm461-de-02", "lang": "de", "url": None, "published": "2023-09-14",
    "title": "USA und Bahrain schließen Sicherheitspakt",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7], [B8, B9, B10, B11], [B12, B13, B14, B15], [B16, B17]),
    "events": [
        event("SUPPORT", USA_GOV_B, BHR_GOV, B1),
        event("SUPPORT", SALMAN, BLINKEN, B2, date="2023-09-13", location="Washington", location_country="USA"),
        event("SUPPORT", SALMAN, USA_GOV_B, B6),
        event("ACCUSE", BHR_GOV, IRN_GOV, B8, mode="allege"),
        event("ACCUSE", KANAANI, BHR_GOV, B9, mode="disapprove"),
        event("ACCUSE", KANAANI, USA_GOV_B, B9, mode="disapprove"),
        event("ACCUSE", WEFAQ, BHR_GOV, B12, mode="disapprove"),
        event("REQUEST", WEFAQ, BHR_GOV, B12, mode="yield"),
        event("PROTEST", BHR_PROTESTERS, BHR_GOV, B13, mode="demo", date="2023-09-13", location_country="BHR"),
        event("ACCUSE", WEFAQ, BHR_POLICE, B14, mode="allege"),
        event("CONSULT", USA_GOV_B, SAU_GOV, B17),
    ],
    "quotes": [
        quote("historischen Schritt", "Antony Blinken", "direct"),
        quote("wichtigsten Partner", "Salman bin Hamad Al Khalifa", "direct"),
        quote("die Region mit dem Pakt weiter zu destabilisieren", "Nasser Kanaani", "indirect"),
        quote("Sicherheit kann man nicht importieren", "Nasser Kanaani", "direct"),
        quote("dass sich das Abkommen gegen einen bestimmten Staat richte", "Government of Bahrain", "indirect"),
        quote("Die Polizei habe mehrere Demonstranten festgenommen", "Al-Wefaq National Islamic Society", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Government of the United States", "ORG", "USA", ["Die USA", "Washington",
                                                                  "die Vereinigten Staaten"]),
        entity("Government of Bahrain", "ORG", "BHR", ["Bahrain", "Das Königreich", "Manama",
                                                       "Die Regierung in Manama"]),
        entity("Bahrain", "LOC", "BHR", ["Bahrains", "Bahrain", "seines Landes"]),
        entity("Salman bin Hamad Al Khalifa", "PER", "BHR",
               ["Bahrains Kronprinz und Regierungschef Salman bin Hamad al-Chalifa", "Der Kronprinz", "seines"]),
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken", "Blinken"]),
        entity("United States Department of State", "ORG", "USA", ["im Außenministerium in Washington"]),
        entity("Comprehensive Security Integration and Prosperity Agreement", "MISC", None,
               ["ein umfassendes Sicherheits- und Wirtschaftsabkommen", "das Dokument", "Das Abkommen",
                "C-SIPA", "es", "dem Pakt", "das Abkommen", "den Pakt"]),
        entity("Persian Gulf", "LOC", None, ["am Golf"]),
        entity("United States Fifth Fleet", "ORG", "USA", ["die Fünfte Flotte der US-Marine"]),
        entity("Government of Iran", "ORG", "IRN", ["zum Iran", "Teheran"]),
        entity("Nasser Kanaani", "PER", "IRN", ["Der Sprecher des iranischen Außenministeriums, Nasser Kanaani",
                                                "er"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["des iranischen Außenministeriums"]),
        entity("Manama", "LOC", "BHR", ["der Hauptstadt Manama"]),
        entity("Al-Wefaq National Islamic Society", "ORG", "BHR",
               ["Die verbotene schiitische Oppositionsgruppe Al-Wefak", "die Gruppe"]),
        entity("political prisoners in Bahrain", "PER", "BHR", ["politischer Gefangener"]),
        entity("protesters in Bahrain", "PER", "BHR", ["Dutzende Menschen", "mehrere Demonstranten"]),
        entity("Bahraini police", "ORG", "BHR", ["Die Polizei"]),
        entity("Ministry of Interior of Bahrain", "ORG", "BHR", ["Das Innenministerium"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["Saudi-Arabien", "Riad"]),
    ],
}

# ---------------------------------------------------------------- hm461-de-03 (Algeria/Morocco, jet-skiers shot)
DZA_MOD = actor("Ministry of National Defence of Algeria", "DZA", "MIL")
DZA_COASTGUARD = actor("Algerian Coast Guard", "DZA", "MIL")
JETSKIERS = actor("Moroccan jet-skiers", "MAR", "CVL")
SNABE = actor("Smail Snabe", "MAR", "CVL")
TLEMCEN_PROS = actor("Public Prosecutor's Office of Tlemcen", "DZA", "JUD")
M_KISSI = actor("Mohamed Kissi", "MAR", "CVL")
FRA_FM = actor("Ministry for Europe and Foreign Affairs of France", "FRA", "GOV")
DZA_GOV = actor("Government of Algeria", "DZA", "GOV")
MAR_GOV = actor("Government of Morocco", "MAR", "GOV")
AMDH = actor("Moroccan Association for Human Rights", "MAR", "NGO")

J1 = ("Algier/Rabat (dpa) - Algeriens Verteidigungsministerium hat den tödlichen Schusswaffeneinsatz seiner "
      "Küstenwache gegen Jetski-Fahrer aus Marokko als rechtmäßig bezeichnet.")
J2 = ("Nach mehreren Warnschüssen hätten die Soldaten auf die Wassermotorräder gefeuert, weil deren Fahrer die "
      "Aufforderung zum Anhalten missachtet hätten, teilte das Ministerium am Sonntag mit.")
J3 = ("Algerische Küstenwächter hatten am vergangenen Dienstagabend zwei junge Männer aus dem marokkanischen Badeort "
      "Saïdia erschossen und einen dritten festgenommen.")
J4 = ("Die beiden Toten, Bilal Kissi und Abdelali Mchiouer, besaßen neben der marokkanischen auch die französische "
      "Staatsangehörigkeit.")
J5 = ("Ein vierter Mann, Bilals Bruder Mohamed Kissi, erreichte nach eigenen Angaben schwimmend die marokkanische "
      "Küste.")
J6 = "Das Seegebiet sei als Route von Drogenschmugglern bekannt, hieß es in der Erklärung aus Algier."
J7 = ("Gegen den Festgenommenen, Smail Snabe, ermittle die Staatsanwaltschaft in der westalgerischen Stadt Tlemcen "
      "wegen illegaler Einreise.")
J8 = ("Mohamed Kissi warf den Soldaten in einem im Internet verbreiteten Video vor, ohne jede Warnung auf die "
      "Männer geschossen zu haben.")
J9 = "Die algerische Armee weist diese Darstellung zurück."
J10 = "Marokkos Regierungssprecher Mustapha Baitas sagte lediglich, der Fall liege in den Händen der Justiz."
J11 = "Das französische Außenministerium forderte Algier auf, die Umstände des Vorfalls rasch aufzuklären."
J12 = "Die Marokkanische Menschenrechtsvereinigung AMDH verlangte eine unabhängige internationale Untersuchung."
J13 = "Der Vorfall belastet die ohnehin angespannten Beziehungen zwischen den beiden Nachbarländern zusätzlich."
J14 = ("Algerien hatte im August 2021 die diplomatischen Beziehungen zu Marokko abgebrochen und wirft Rabat "
       "„feindselige Handlungen“ vor.")
J15 = "Die Landgrenze zwischen beiden Staaten ist bereits seit 1994 geschlossen."

DE03 = {
    "id": "hm461-de-03", "lang": "de", "url": None, "published": "2023-09-04",
    "title": "Algerien verteidigt tödliche Schüsse auf Jetski-Fahrer aus Marokko",
    "text": paragraphs([J1, J2, J3], [J4, J5], [J6, J7, J8, J9], [J10, J11, J12], [J13, J14, J15]),
    "events": [
        event("ASSAULT", DZA_COASTGUARD, JETSKIERS, J2, mode="firearms"),
        event("ASSAULT", DZA_COASTGUARD, JETSKIERS, J3, mode="firearms", date="2023-08-29"),
        event("COERCE", DZA_COASTGUARD, SNABE, J3, mode="arrest", date="2023-08-29"),
        event("ACCUSE", TLEMCEN_PROS, SNABE, J7, mode="investigate"),
        event("ACCUSE", M_KISSI, DZA_COASTGUARD, J8, mode="allege"),
        event("REQUEST", FRA_FM, DZA_GOV, J11),
        event("REQUEST", AMDH, None, J12),
        event("SANCTION", DZA_GOV, MAR_GOV, J14, mode="discontinue", date=None),
        event("ACCUSE", DZA_GOV, MAR_GOV, J14, mode="allege"),
    ],
    "quotes": [
        quote("Nach mehreren Warnschüssen hätten die Soldaten auf die Wassermotorräder gefeuert, weil deren Fahrer "
              "die Aufforderung zum Anhalten missachtet hätten", "Ministry of National Defence of Algeria",
              "indirect"),
        quote("Das Seegebiet sei als Route von Drogenschmugglern bekannt", "Ministry of National Defence of Algeria",
              "indirect"),
        quote("Gegen den Festgenommenen, Smail Snabe, ermittle die Staatsanwaltschaft in der westalgerischen Stadt "
              "Tlemcen wegen illegaler Einreise", "Ministry of National Defence of Algeria", "indirect"),
        quote("ohne jede Warnung auf die Männer geschossen zu haben", "Mohamed Kissi", "indirect"),
        quote("der Fall liege in den Händen der Justiz", "Mustapha Baitas", "indirect"),
        quote("feindselige Handlungen", "Government of Algeria", "direct"),
    ],
    "entities": [
        entity("Algiers", "LOC", "DZA", ["Algier"]),
        entity("Rabat", "LOC", "MAR", ["Rabat"]),
        entity("Ministry of National Defence of Algeria", "ORG", "DZA",
               ["Algeriens Verteidigungsministerium", "das Ministerium"]),
        entity("Algerian Coast Guard", "ORG", "DZA", ["seiner Küstenwache", "die Soldaten",
                                                      "Algerische Küstenwächter", "den Soldaten"]),
        entity("Moroccan jet-skiers", "PER", "MAR", ["Jetski-Fahrer aus Marokko", "deren Fahrer",
                                                     "zwei junge Männer aus dem marokkanischen Badeort Saïdia",
                                                     "die Männer"]),
        entity("Morocco", "LOC", "MAR", ["Marokko", "Marokkos"]),
        entity("Saïdia", "LOC", "MAR", ["dem marokkanischen Badeort Saïdia"]),
        entity("Bilal Kissi", "PER", "MAR", ["Bilal Kissi", "Bilals"]),
        entity("Abdelali Mchiouer", "PER", "MAR", ["Abdelali Mchiouer"]),
        entity("Mohamed Kissi", "PER", "MAR", ["Ein vierter Mann, Bilals Bruder Mohamed Kissi", "Mohamed Kissi"]),
        entity("Government of Algeria", "ORG", "DZA", ["Algier", "Algerien"]),
        entity("Smail Snabe", "PER", "MAR", ["einen dritten", "den Festgenommenen, Smail Snabe"]),
        entity("Public Prosecutor's Office of Tlemcen", "ORG", "DZA",
               ["die Staatsanwaltschaft in der westalgerischen Stadt Tlemcen"]),
        entity("Tlemcen", "LOC", "DZA", ["der westalgerischen Stadt Tlemcen"]),
        entity("Algerian People's National Army", "ORG", "DZA", ["Die algerische Armee"]),
        entity("Mustapha Baitas", "PER", "MAR", ["Marokkos Regierungssprecher Mustapha Baitas"]),
        entity("Ministry for Europe and Foreign Affairs of France", "ORG", "FRA",
               ["Das französische Außenministerium"]),
        entity("Moroccan Association for Human Rights", "ORG", "MAR",
               ["Die Marokkanische Menschenrechtsvereinigung AMDH"]),
        entity("Government of Morocco", "ORG", "MAR", ["Marokko", "Rabat"]),
        entity("Algeria", "LOC", "DZA", ["Algeriens"]),
    ],
}

# ---------------------------------------------------------------- hm461-de-04 (Tunisia, Mosaïque FM director held)
TUN_POLICE = actor("Tunisian counter-terrorism police", "TUN", "COP")
BOUTAR = actor("Noureddine Boutar", "TUN", "MED")
BOUTAR_LAWYER = actor("lawyer of Noureddine Boutar", "TUN", "CVL")
TUN_GOV = actor("Government of Tunisia", "TUN", "GOV")
JELASSI = actor("Abdelhamid Jelassi", "TUN", "OPP")
TURKI = actor("Khayam Turki", "TUN", "OPP")
ELTAIEF = actor("Kamel Eltaief", "TUN", "BUS")
SAIED = actor("Kais Saied", "TUN", "GOV")
DETAINEES = actor("detained critics of Kais Saied", "TUN", "OPP")
TUN_JUDGES = actor("Tunisian judges", "TUN", "JUD")
ENNAHDA = actor("Ennahda", "TUN", "OPP")
NSF = actor("supporters of the National Salvation Front", "TUN", "OPP")
TUN_PROS = actor("Tunisian public prosecution", "TUN", "JUD")
OHCHR = actor("Office of the United Nations High Commissioner for Human Rights", "UNO", "IGO")
TUN_OPP = actor("Tunisian opposition", "TUN", "OPP")

T1 = ("Tunis (dpa) - In Tunesien haben Sicherheitskräfte den Direktor des größten privaten Radiosenders des Landes "
      "festgenommen.")
T2 = ("Beamte einer Anti-Terror-Einheit holten Noureddine Boutar, den Chef von Mosaïque FM, am Montagabend aus "
      "seiner Wohnung in Tunis, wie sein Anwalt mitteilte.")
T3 = "Der Anwalt sprach von einem „politischen Verfahren“ gegen einen unabhängigen Sender."
T4 = ("Mosaïque FM gilt als einer der wenigen Sender, die noch regelmäßig Kritiker von Präsident Kais Saied zu Wort "
      "kommen lassen.")
T5 = ("Seit Samstag waren bereits mehrere bekannte Regierungskritiker festgenommen worden, darunter der frühere "
      "Ennahda-Politiker Abdelhamid Jelassi und der Aktivist Khayam Turki.")
T6 = "Auch der einflussreiche Geschäftsmann Kamel Eltaief kam in Gewahrsam."
T7 = "Saied bezeichnete die Festgenommenen bei einem Besuch im Innenministerium als „Terroristen“."
T8 = ("Sie hätten sich gegen die Sicherheit des Staates verschworen und die Preise für Lebensmittel in die Höhe "
      "getrieben, sagte der Staatschef.")
T9 = "Wer sie entlaste, mache sich zu ihrem Komplizen, fügte er an die Adresse der Richter hinzu."
T10 = ("Die islamistische Ennahda-Partei verurteilte die Festnahmen und forderte die sofortige Freilassung aller "
       "Inhaftierten.")
T11 = ("Mehrere hundert Anhänger des Oppositionsbündnisses Nationale Heilsfront protestierten am Dienstag im Zentrum "
       "von Tunis gegen die Festnahmen.")
T12 = "Eine Anklage wurde gegen Boutar bislang nicht erhoben."
T13 = "Das Innenministerium wies Berichte über Misshandlungen in Polizeigewahrsam zurück."
T14 = ("Das UN-Menschenrechtsbüro in Genf zeigte sich besorgt und rief die Behörden auf, die Festgenommenen "
       "freizulassen.")
T15 = "Saied regiert seit Sommer 2021 weitgehend per Dekret."
T16 = "Die Opposition wirft ihm einen Staatsstreich vor."
T17 = "An der Parlamentswahl im Dezember und Januar hatten sich nur gut elf Prozent der Berechtigten beteiligt."

DE04 = {
    "id": "hm461-de-04", "lang": "de", "url": None, "published": "2023-02-14",
    "title": "Tunesien: Chef von Radiosender Mosaïque FM festgenommen",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8, T9], [T10, T11, T12, T13], [T14, T15, T16, T17]),
    "events": [
        event("COERCE", TUN_POLICE, BOUTAR, T1, mode="arrest", location_country="TUN"),
        event("COERCE", TUN_POLICE, BOUTAR, T2, mode="arrest", date="2023-02-13", location="Tunis",
              location_country="TUN"),
        event("ACCUSE", BOUTAR_LAWYER, TUN_GOV, T3, mode="disapprove"),
        event("COERCE", TUN_POLICE, JELASSI, T5, mode="arrest"),
        event("COERCE", TUN_POLICE, TURKI, T5, mode="arrest"),
        event("COERCE", TUN_POLICE, ELTAIEF, T6, mode="arrest"),
        event("ACCUSE", SAIED, DETAINEES, T7, mode="allege"),
        event("ACCUSE", SAIED, DETAINEES, T8, mode="allege"),
        event("THREATEN", SAIED, TUN_JUDGES, T9),
        event("ACCUSE", ENNAHDA, TUN_GOV, T10, mode="disapprove"),
        event("REQUEST", ENNAHDA, TUN_GOV, T10, mode="yield"),
        event("PROTEST", NSF, TUN_GOV, T11, mode="demo", date="2023-02-14", location="Tunis",
              location_country="TUN"),
        event("ACCUSE", TUN_PROS, BOUTAR, T12, mode="allege", negated=True),
        event("ACCUSE", OHCHR, TUN_GOV, T14, mode="disapprove"),
        event("REQUEST", OHCHR, TUN_GOV, T14, mode="yield"),
        event("ACCUSE", TUN_OPP, SAIED, T16, mode="allege"),
    ],
    "quotes": [
        quote("Beamte einer Anti-Terror-Einheit holten Noureddine Boutar, den Chef von Mosaïque FM, am Montagabend "
              "aus seiner Wohnung in Tunis", "lawyer of Noureddine Boutar", "indirect"),
        quote("politischen Verfahren", "lawyer of Noureddine Boutar", "direct"),
        quote("Terroristen", "Kais Saied", "direct"),
        quote("Sie hätten sich gegen die Sicherheit des Staates verschworen und die Preise für Lebensmittel in die "
              "Höhe getrieben", "Kais Saied", "indirect"),
        quote("Wer sie entlaste, mache sich zu ihrem Komplizen", "Kais Saied", "indirect"),
    ],
    "entities": [
        entity("Tunis", "LOC", "TUN", ["Tunis"]),
        entity("Tunisia", "LOC", "TUN", ["Tunesien", "des Landes"]),
        entity("Tunisian counter-terrorism police", "ORG", "TUN", ["Sicherheitskräfte",
                                                                   "Beamte einer Anti-Terror-Einheit"]),
        entity("Noureddine Boutar", "PER", "TUN", ["den Direktor des größten privaten Radiosenders des Landes",
                                                   "Noureddine Boutar, den Chef von Mosaïque FM", "seiner",
                                                   "Boutar"]),
        entity("Mosaïque FM", "ORG", "TUN", ["des größten privaten Radiosenders des Landes", "Mosaïque FM",
                                             "einen unabhängigen Sender"]),
        entity("lawyer of Noureddine Boutar", "PER", "TUN", ["sein Anwalt", "Der Anwalt"]),
        entity("Kais Saied", "PER", "TUN", ["Präsident Kais Saied", "Saied", "der Staatschef", "er", "ihm"]),
        entity("detained critics of Kais Saied", "PER", "TUN", ["mehrere bekannte Regierungskritiker",
                                                                "die Festgenommenen", "Sie", "sie", "ihrem",
                                                                "aller Inhaftierten"]),
        entity("Ennahda", "ORG", "TUN", ["Ennahda", "Die islamistische Ennahda-Partei"]),
        entity("Abdelhamid Jelassi", "PER", "TUN", ["der frühere Ennahda-Politiker Abdelhamid Jelassi"]),
        entity("Khayam Turki", "PER", "TUN", ["der Aktivist Khayam Turki"]),
        entity("Kamel Eltaief", "PER", "TUN", ["der einflussreiche Geschäftsmann Kamel Eltaief"]),
        entity("Ministry of Interior of Tunisia", "ORG", "TUN", ["im Innenministerium", "Das Innenministerium"]),
        entity("Tunisian judges", "PER", "TUN", ["der Richter"]),
        entity("National Salvation Front", "ORG", "TUN", ["des Oppositionsbündnisses Nationale Heilsfront"]),
        entity("supporters of the National Salvation Front", "PER", "TUN",
               ["Mehrere hundert Anhänger des Oppositionsbündnisses Nationale Heilsfront"]),
        entity("Office of the United Nations High Commissioner for Human Rights", "ORG", "UNO",
               ["Das UN-Menschenrechtsbüro in Genf"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Government of Tunisia", "ORG", "TUN", ["die Behörden"]),
        entity("Tunisian opposition", "ORG", "TUN", ["Die Opposition"]),
        entity("Assembly of the Representatives of the People", "ORG", "TUN", ["der Parlamentswahl"]),
    ],
}

# ---------------------------------------------------------------- hm461-en-01 (France/Syria, warrants for Assad)
FRA_JUDGES = actor("Investigating judges of the Paris Judicial Court", "FRA", "JUD")
ASSAD_E = actor("Bashar al-Assad", "SYR", "GOV")
MAHER = actor("Maher al-Assad", "SYR", "MIL")
ABBAS = actor("Ghassan Abbas", "SYR", "MIL")
HASSAN = actor("Bassam al-Hassan", "SYR", "MIL")
SCM = actor("Syrian Center for Media and Freedom of Expression", "SYR", "NGO")
OSJI = actor("Open Society Justice Initiative", "NGO", "NGO")
SYR_ARCHIVE = actor("Syrian Archive", "NGO", "NGO")
SYR_GOV_E = actor("Government of Syria", "SYR", "GOV")
DARWISH = actor("Mazen Darwish", "SYR", "NGO")
UN = actor("United Nations", "UNO", "IGO")
OPCW = actor("Organisation for the Prohibition of Chemical Weapons", "IGO", "IGO")
SYR_FORCES = actor("Syrian government forces", "SYR", "MIL")
USA_GOV_E = actor("Government of the United States", "USA", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
MBS = actor("Mohammed bin Salman", "SAU", "GOV")

Y1 = ("PARIS (AP) — French judges have issued international arrest warrants for Syrian President Bashar Assad, his "
      "brother Maher and two army generals over deadly chemical attacks near Damascus in 2013, lawyers for the "
      "plaintiffs said Wednesday.")
Y2 = ("The warrants accuse the four men of complicity in crimes against humanity and war crimes, according to the "
      "lawyers.")
Y3 = ("Maher Assad commands the army's elite Fourth Division, and the two generals were identified as Ghassan Abbas "
      "and Bassam al-Hassan.")
Y4 = ("More than 1,000 people were killed in the August 2013 attacks on the rebel-held suburbs of Eastern Ghouta "
      "and Douma, according to the plaintiffs.")
Y5 = ("The investigating judges in Paris acted on a criminal complaint against Syrian officials that the Syrian "
      "Center for Media and Freedom of Expression, the Open Society Justice Initiative and Syrian Archive filed in "
      "2021.")
Y6 = ("\"This is a historic judicial decision,\" said Mazen Darwish, the center's founder, who spent years in "
      "Syrian prisons himself.")
Y7 = "He said the ruling showed that no one was above the law, not even a sitting head of state."
Y8 = "There was no immediate comment from Damascus."
Y9 = "Assad's government has always denied using chemical weapons."
Y10 = ("A joint investigation by the United Nations and the Organisation for the Prohibition of Chemical Weapons "
       "later blamed Syrian government forces for several other chlorine and sarin attacks.")
Y11 = ("The United States threatened military strikes after the 2013 attacks but then agreed with Russia on a deal "
       "under which Syria handed over its declared chemical arsenal for destruction.")
Y12 = "France has had no embassy in Damascus for more than a decade."
Y13 = ("Assad has rarely traveled abroad since the start of the war, which has killed more than 300,000 "
       "civilians.")
Y14 = ("On Saturday, he attended an Arab and Islamic summit on the war in Gaza in Riyadh, hosted by Saudi Crown "
       "Prince Mohammed bin Salman.")

EN01 = {
    "id": "hm461-en-01", "lang": "en", "url": None, "published": "2023-11-15",
    "title": "French judges issue arrest warrants for Syria's Assad over 2013 chemical attacks",
    "text": paragraphs([Y1, Y2, Y3, Y4], [Y5, Y6, Y7], [Y8, Y9, Y10], [Y11, Y12, Y13, Y14]),
    "events": [
        event("THREATEN", FRA_JUDGES, ASSAD_E, Y1, mode="arrest"),
        event("THREATEN", FRA_JUDGES, MAHER, Y1, mode="arrest"),
        event("THREATEN", FRA_JUDGES, ABBAS, Y1, mode="arrest"),
        event("THREATEN", FRA_JUDGES, HASSAN, Y1, mode="arrest"),
        event("ACCUSE", FRA_JUDGES, ASSAD_E, Y2, mode="allege"),
        event("ACCUSE", FRA_JUDGES, MAHER, Y2, mode="allege"),
        event("ACCUSE", FRA_JUDGES, ABBAS, Y2, mode="allege"),
        event("ACCUSE", FRA_JUDGES, HASSAN, Y2, mode="allege"),
        event("ACCUSE", SCM, SYR_GOV_E, Y5, mode="allege"),
        event("ACCUSE", OSJI, SYR_GOV_E, Y5, mode="allege"),
        event("ACCUSE", SYR_ARCHIVE, SYR_GOV_E, Y5, mode="allege"),
        event("SUPPORT", DARWISH, FRA_JUDGES, Y6),
        event("ACCUSE", UN, SYR_FORCES, Y10, mode="allege"),
        event("ACCUSE", OPCW, SYR_FORCES, Y10, mode="allege"),
        event("THREATEN", USA_GOV_E, SYR_GOV_E, Y11, mode="violence"),
        event("AGREE", USA_GOV_E, RUS_GOV, Y11),
        event("RETREAT", SYR_GOV_E, None, Y11, mode="disarm"),
        event("CONSULT", ASSAD_E, MBS, Y14, mode="multilateral", date="2023-11-11", location="Riyadh",
              location_country="SAU"),
    ],
    "quotes": [
        quote("French judges have issued international arrest warrants for Syrian President Bashar Assad, his "
              "brother Maher and two army generals over deadly chemical attacks near Damascus in 2013",
              "lawyers for the plaintiffs", "indirect"),
        quote("The warrants accuse the four men of complicity in crimes against humanity and war crimes",
              "lawyers for the plaintiffs", "indirect"),
        quote("More than 1,000 people were killed in the August 2013 attacks on the rebel-held suburbs of Eastern "
              "Ghouta and Douma", "plaintiffs", "indirect"),
        quote("This is a historic judicial decision", "Mazen Darwish", "direct"),
        quote("the ruling showed that no one was above the law, not even a sitting head of state", "Mazen Darwish",
              "indirect"),
    ],
    "entities": [
        entity("Paris", "LOC", "FRA", ["PARIS", "Paris"]),
        entity("Investigating judges of the Paris Judicial Court", "ORG", "FRA",
               ["French judges", "The investigating judges in Paris"]),
        entity("Bashar al-Assad", "PER", "SYR", ["Syrian President Bashar Assad", "Assad's", "Assad", "he"]),
        entity("Maher al-Assad", "PER", "SYR", ["his brother Maher", "Maher Assad"]),
        entity("Ghassan Abbas", "PER", "SYR", ["Ghassan Abbas"]),
        entity("Bassam al-Hassan", "PER", "SYR", ["Bassam al-Hassan"]),
        entity("Syrian army generals", "PER", "SYR", ["two army generals", "the two generals"]),
        entity("Damascus", "LOC", "SYR", ["Damascus"]),
        entity("lawyers for the plaintiffs", "PER", None, ["lawyers for the plaintiffs", "the lawyers"]),
        entity("plaintiffs", "ORG", None, ["the plaintiffs"]),
        entity("Fourth Division", "ORG", "SYR", ["the army's elite Fourth Division"]),
        entity("Eastern Ghouta", "LOC", "SYR", ["Eastern Ghouta"]),
        entity("Douma", "LOC", "SYR", ["Douma"]),
        entity("Syrian Center for Media and Freedom of Expression", "ORG", "SYR",
               ["the Syrian Center for Media and Freedom of Expression", "the center's"]),
        entity("Open Society Justice Initiative", "ORG", "NGO", ["the Open Society Justice Initiative"]),
        entity("Syrian Archive", "ORG", "NGO", ["Syrian Archive"]),
        entity("Government of Syria", "ORG", "SYR", ["Syrian officials", "Damascus", "Assad's government",
                                                     "Syria"]),
        entity("Mazen Darwish", "PER", "SYR", ["Mazen Darwish, the center's founder", "himself", "He"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations"]),
        entity("Organisation for the Prohibition of Chemical Weapons", "ORG", "IGO",
               ["the Organisation for the Prohibition of Chemical Weapons"]),
        entity("Syrian government forces", "ORG", "SYR", ["Syrian government forces"]),
        entity("Government of the United States", "ORG", "USA", ["The United States"]),
        entity("Government of Russia", "ORG", "RUS", ["Russia"]),
        entity("France", "LOC", "FRA", ["France"]),
        entity("Arab-Islamic summit", "MISC", "SAU", ["an Arab and Islamic summit on the war in Gaza"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Riyadh", "LOC", "SAU", ["Riyadh"]),
        entity("Mohammed bin Salman", "PER", "SAU", ["Saudi Crown Prince Mohammed bin Salman"]),
    ],
}

# ---------------------------------------------------------------- hm461-en-02 (Saudi Arabia, HRW border killings)
HRW = actor("Human Rights Watch", "NGO", "NGO")
SAU_GUARDS = actor("Saudi border guards", "SAU", "MIL")
SURVIVORS = actor("Ethiopian migrant survivors", "ETH", "CVL")
HARDMAN = actor("Nadia Hardman", "NGO", "NGO")
SAU_GOV_E = actor("Government of Saudi Arabia", "SAU", "GOV")
ETH_FM = actor("Ministry of Foreign Affairs of Ethiopia", "ETH", "GOV")
US_STATE_E = actor("United States Department of State", "USA", "GOV")
DUJARRIC = actor("Stéphane Dujarric", "UNO", "IGO")
ETH_GOV = actor("Government of Ethiopia", "ETH", "GOV")

H1 = ("DUBAI, United Arab Emirates (AP) — Saudi border guards have killed hundreds of Ethiopian migrants trying to "
      "cross the kingdom's mountainous border with Yemen, Human Rights Watch said in a report released Monday.")
H2 = ("The New York-based group accused the guards of firing mortars and other explosive weapons at groups of "
      "migrants and of shooting some of them at close range between March 2022 and June 2023.")
H3 = ("Survivors told the group's researchers that guards had asked some of them which of their limbs they "
      "preferred to be shot in.")
H4 = ("\"Saudi officials are killing hundreds of migrants and asylum seekers in this remote border area out of sight "
      "of the rest of the world,\" said Nadia Hardman, a researcher at Human Rights Watch.")
H5 = "She urged Riyadh to immediately halt the use of lethal force against migrants."
H6 = ("A Saudi government source rejected the findings as \"unfounded and not based on reliable sources,\" "
      "according to the official Saudi Press Agency.")
H7 = "The kingdom has previously dismissed similar allegations by United Nations experts."
H8 = "Ethiopia's Foreign Ministry said it would investigate the killings jointly with the Saudi authorities."
H9 = ("The State Department said it had raised its concerns with the Saudi government and urged a thorough and "
      "transparent investigation.")
H10 = ("U.N. spokesman Stéphane Dujarric called on Saudi Arabia to allow an independent inquiry into the "
       "allegations.")
H11 = ("Tens of thousands of Ethiopians make the dangerous journey each year across the Gulf of Aden and through "
       "war-torn Yemen in search of work in Saudi Arabia.")
H12 = "Houthi rebels control most of northern Yemen, including the border areas where the killings took place."
H13 = "The report is based on interviews with 42 migrants and on satellite images of the border region."
H14 = ("Saudi Arabia and Ethiopia agreed last year to repatriate about 100,000 Ethiopians held in crowded Saudi "
       "detention centers.")

EN02 = {
    "id": "hm461-en-02", "lang": "en", "url": None, "published": "2023-08-21",
    "title": "Rights group says Saudi border guards killed hundreds of Ethiopian migrants",
    "text": paragraphs([H1, H2, H3], [H4, H5], [H6, H7, H8], [H9, H10], [H11, H12, H13, H14]),
    "events": [
        event("ACCUSE", HRW, SAU_GUARDS, H1, mode="allege", date="2023-08-21"),
        event("ACCUSE", HRW, SAU_GUARDS, H2, mode="allege"),
        event("ACCUSE", SURVIVORS, SAU_GUARDS, H3, mode="allege"),
        event("ACCUSE", HARDMAN, SAU_GOV_E, H4, mode="allege"),
        event("REQUEST", HARDMAN, SAU_GOV_E, H5, mode="change"),
        event("AGREE", ETH_FM, SAU_GOV_E, H8),
        event("ACCUSE", US_STATE_E, SAU_GOV_E, H9, mode="disapprove"),
        event("REQUEST", US_STATE_E, SAU_GOV_E, H9),
        event("REQUEST", DUJARRIC, SAU_GOV_E, H10),
        event("AGREE", SAU_GOV_E, ETH_GOV, H14),
    ],
    "quotes": [
        quote("Saudi border guards have killed hundreds of Ethiopian migrants trying to cross the kingdom's "
              "mountainous border with Yemen", "Human Rights Watch", "indirect"),
        quote("firing mortars and other explosive weapons at groups of migrants and of shooting some of them at "
              "close range between March 2022 and June 2023", "Human Rights Watch", "indirect"),
        quote("guards had asked some of them which of their limbs they preferred to be shot in",
              "Ethiopian migrant survivors", "indirect"),
        quote("Saudi officials are killing hundreds of migrants and asylum seekers in this remote border area out "
              "of sight of the rest of the world", "Nadia Hardman", "direct"),
        quote("unfounded and not based on reliable sources", "Saudi government source", "direct"),
        quote("it would investigate the killings jointly with the Saudi authorities",
              "Ministry of Foreign Affairs of Ethiopia", "indirect"),
        quote("it had raised its concerns with the Saudi government and urged a thorough and transparent "
              "investigation", "United States Department of State", "indirect"),
    ],
    "entities": [
        entity("Dubai", "LOC", "ARE", ["DUBAI"]),
        entity("United Arab Emirates", "LOC", "ARE", ["United Arab Emirates"]),
        entity("Saudi border guards", "ORG", "SAU", ["Saudi border guards", "the guards", "guards"]),
        entity("Ethiopian migrants", "PER", "ETH", ["hundreds of Ethiopian migrants", "groups of migrants",
                                                    "some of them", "hundreds of migrants and asylum seekers",
                                                    "migrants", "Tens of thousands of Ethiopians"]),
        entity("Saudi Arabia", "LOC", "SAU", ["the kingdom's", "Saudi Arabia"]),
        entity("Yemen", "LOC", "YEM", ["Yemen", "war-torn Yemen", "northern Yemen"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch", "The New York-based group",
                                                    "the group's"]),
        entity("Ethiopian migrant survivors", "PER", "ETH", ["Survivors"]),
        entity("Human Rights Watch researchers", "PER", "NGO", ["the group's researchers"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["Saudi officials", "Riyadh", "The kingdom",
                                                            "the Saudi authorities", "the Saudi government",
                                                            "Saudi Arabia"]),
        entity("Nadia Hardman", "PER", "NGO", ["Nadia Hardman, a researcher at Human Rights Watch", "She"]),
        entity("Saudi government source", "PER", "SAU", ["A Saudi government source"]),
        entity("Saudi Press Agency", "ORG", "SAU", ["the official Saudi Press Agency"]),
        entity("United Nations experts", "PER", "UNO", ["United Nations experts"]),
        entity("Ministry of Foreign Affairs of Ethiopia", "ORG", "ETH", ["Ethiopia's Foreign Ministry", "it"]),
        entity("Ethiopia", "LOC", "ETH", ["Ethiopia's"]),
        entity("United States Department of State", "ORG", "USA", ["The State Department", "it"]),
        entity("Stéphane Dujarric", "PER", "UNO", ["U.N. spokesman Stéphane Dujarric"]),
        entity("Gulf of Aden", "LOC", None, ["the Gulf of Aden"]),
        entity("Houthis", "ORG", "YEM", ["Houthi rebels"]),
        entity("Government of Ethiopia", "ORG", "ETH", ["Ethiopia"]),
        entity("Ethiopian detainees in Saudi Arabia", "PER", "ETH",
               ["about 100,000 Ethiopians held in crowded Saudi detention centers"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
