"""Round 99: six blind hand-made articles (4 German, 2 English), written 2026-11-30.

Stories (invented wire-style reports on real 2023-2025 settings):
- hm99-de-01: Karen rebels (KNU) overrun the last army base at Myawaddy; Thailand moves troops to Tak (April 2024).
- hm99-de-02: Police and prosecutors raid Peruvian President Boluarte's house over the Rolex watches (March 2024).
- hm99-de-03: Petro suspends the ceasefire with the EMC after the killing of indigenous leader Carmelina Yule (March 2024).
- hm99-de-04: Philippine preacher Apollo Quiboloy surrenders after the police siege in Davao (September 2024).
- hm99-en-01: Thailand and Cambodia agree a ceasefire at talks hosted by Anwar in Putrajaya (July 2025).
- hm99-en-02: Argentina's federal university march against Milei's budget cuts (April 2024).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm99-de-01
KNU = actor("Karen National Union (KNU)", "MMR", "REB")
MMR_MIL = actor("Myanmar military", "MMR", "MIL")
JUNTA = actor("Myanmar military junta", "MMR", "GOV")
ZMT = actor("Zaw Min Tun", "MMR", "GOV")
THA_MIL = actor("Royal Thai Army", "THA", "MIL")
SRETTHA = actor("Srettha Thavisin", "THA", "GOV")
PARNPREE = actor("Parnpree Bahiddha-nukara", "THA", "GOV")
MMR_REFUGEES = actor("refugees from Myanmar", "MMR", "CVL")
AID_ORGS = actor("aid organisations", None, "NGO")
UN = actor("United Nations", "UNO", "IGO")

A1 = "Rebellen der Karen National Union (KNU) haben am Mittwoch den letzten Stützpunkt der Armee Myanmars in der Grenzstadt Myawaddy überrannt."
A2 = "Rund 200 Soldaten zogen sich zur Freundschaftsbrücke an der Grenze zu Thailand zurück, wie KNU-Sprecher Padoh Saw Taw Nee bestätigte."
A3 = "Die Militärjunta in Naypyidaw sprach von einem vorübergehenden Rückzug und warf den Rebellen vor, Zivilisten als Schutzschilde zu missbrauchen."
A4 = "Junta-Sprecher Zaw Min Tun sagte im Staatsfernsehen: „Die Terroristen werden für jeden Angriff auf unsere Truppen bezahlen.“"
A5 = "Thailands Armee verlegte zusätzliche Truppen in die Grenzprovinz Tak."
A6 = "Ministerpräsident Srettha Thavisin sagte, sein Land sei bereit, bis zu 100.000 Flüchtlinge vorübergehend aufzunehmen, werde aber keine Kämpfe auf thailändischem Boden dulden."
A7 = "Außenminister Parnpree Bahiddha-nukara reiste nach Mae Sot und traf dort Vertreter von Hilfsorganisationen."
A8 = "Die Vereinten Nationen forderten beide Seiten auf, Zivilisten zu schonen und humanitären Helfern Zugang zu gewähren."
A9 = "Die KNU kämpft seit Jahrzehnten für mehr Selbstbestimmung der Karen."
A10 = "Die Rebellen ließen nach der Einnahme des Stützpunkts zudem 40 gefangene Soldaten frei."

DE01 = {
    "id": "hm99-de-01", "lang": "de", "url": None, "published": "2024-04-11",
    "title": "Karen-Rebellen überrennen letzten Armeestützpunkt in Myawaddy",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10]),
    "events": [
        event("ASSAULT", KNU, MMR_MIL, A1, date="2024-04-10", location="Myawaddy", location_country="MMR"),
        event("RETREAT", MMR_MIL, None, A2, mode="withdraw", date="2024-04-10", location="Myawaddy", location_country="MMR"),
        event("ACCUSE", JUNTA, KNU, A3, mode="allege"),
        event("THREATEN", ZMT, KNU, A4, mode="violence"),
        event("MOBILIZE", THA_MIL, None, A5, mode="troops", location="Tak", location_country="THA"),
        event("AGREE", SRETTHA, MMR_REFUGEES, A6),
        event("CONSULT", PARNPREE, AID_ORGS, A7, location="Mae Sot", location_country="THA"),
        event("REQUEST", UN, MMR_MIL, A8),
        event("REQUEST", UN, KNU, A8),
        event("RETREAT", KNU, MMR_MIL, A10, mode="release", location="Myawaddy", location_country="MMR"),
    ],
    "quotes": [
        quote("Rund 200 Soldaten zogen sich zur Freundschaftsbrücke an der Grenze zu Thailand zurück", "Padoh Saw Taw Nee", "indirect"),
        quote("Zivilisten als Schutzschilde zu missbrauchen", "Myanmar military junta", "indirect"),
        quote("Die Terroristen werden für jeden Angriff auf unsere Truppen bezahlen", "Zaw Min Tun", "direct"),
        quote("sein Land sei bereit, bis zu 100.000 Flüchtlinge vorübergehend aufzunehmen, werde aber keine Kämpfe auf thailändischem Boden dulden", "Srettha Thavisin", "indirect"),
    ],
    "entities": [
        entity("Karen National Union (KNU)", "ORG", "MMR", ["Rebellen der Karen National Union (KNU)", "KNU", "den Rebellen", "Die KNU", "Die Rebellen"]),
        entity("Myanmar military", "ORG", "MMR", ["der Armee Myanmars", "Rund 200 Soldaten"]),
        entity("Myanmar", "GPE", "MMR", ["Myanmars"]),
        entity("Myawaddy", "LOC", "MMR", ["der Grenzstadt Myawaddy"]),
        entity("Thailand–Myanmar Friendship Bridge", "LOC", None, ["Freundschaftsbrücke"]),
        entity("Thailand", "GPE", "THA", ["Thailand", "Thailands", "sein Land"]),
        entity("Padoh Saw Taw Nee", "PER", "MMR", ["KNU-Sprecher Padoh Saw Taw Nee"]),
        entity("Myanmar military junta", "ORG", "MMR", ["Die Militärjunta in Naypyidaw"]),
        entity("Naypyidaw", "LOC", "MMR", ["Naypyidaw"]),
        entity("Zaw Min Tun", "PER", "MMR", ["Junta-Sprecher Zaw Min Tun"]),
        entity("Royal Thai Army", "ORG", "THA", ["Thailands Armee"]),
        entity("Tak", "LOC", "THA", ["die Grenzprovinz Tak"]),
        entity("Srettha Thavisin", "PER", "THA", ["Ministerpräsident Srettha Thavisin"]),
        entity("Parnpree Bahiddha-nukara", "PER", "THA", ["Außenminister Parnpree Bahiddha-nukara"]),
        entity("Mae Sot", "LOC", "THA", ["Mae Sot"]),
        entity("United Nations", "ORG", "UNO", ["Die Vereinten Nationen"]),
    ],
}

# ---------------------------------------------------------------- hm99-de-02
PNP_PE = actor("National Police of Peru", "PER", "COP")
MP_PE = actor("Public Ministry of Peru", "PER", "JUD")
BOLUARTE = actor("Dina Boluarte", "PER", "GOV")
VILLENA = actor("Juan Carlos Villena", "PER", "JUD")
ADRIANZEN = actor("Gustavo Adrianzén", "PER", "GOV")
PERU_LIBRE = actor("Perú Libre", "PER", "PTY")
PE_PROTESTERS = actor("protesters", "PER", "CVL")

B1 = "Polizei und Staatsanwaltschaft haben in der Nacht zum Samstag das Privathaus der peruanischen Präsidentin Dina Boluarte in Lima durchsucht."
B2 = "Generalstaatsanwalt Juan Carlos Villena ermittelt gegen die Staatschefin wegen mutmaßlicher illegaler Bereicherung, nachdem sie mit mehreren nicht deklarierten Rolex-Uhren aufgetreten war."
B3 = "Ministerpräsident Gustavo Adrianzén nannte die Razzia „unverhältnismäßig und verfassungswidrig“."
B4 = "Die Regierung werde sich gegen diesen Angriff auf die Demokratie wehren, sagte er vor Journalisten."
B5 = "Boluarte selbst erklärte in einer Videobotschaft, sie werde am Freitag vor der Staatsanwaltschaft aussagen."
B6 = "»Ich habe nichts zu verbergen«, sagte sie."
B7 = "Abgeordnete der Oppositionspartei Perú Libre reichten im Kongress einen Antrag auf Amtsenthebung wegen »moralischer Unfähigkeit« ein."
B8 = "Die Staatsanwaltschaft wies die Kritik der Regierung zurück."
B9 = "Die Präsidentin habe zuvor zweimal die Herausgabe der Uhren verweigert, so Villena."
B10 = "Vor dem Kongress in Lima forderten am Samstag Hunderte Demonstranten den Rücktritt der Präsidentin."

DE02 = {
    "id": "hm99-de-02", "lang": "de", "url": None, "published": "2024-03-30",
    "title": "Razzia bei Perus Präsidentin Boluarte wegen Rolex-Uhren",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9, B10]),
    "events": [
        event("COERCE", PNP_PE, BOLUARTE, B1, mode="seize", date="2024-03-30", location="Lima", location_country="PER"),
        event("COERCE", MP_PE, BOLUARTE, B1, mode="seize", date="2024-03-30", location="Lima", location_country="PER"),
        event("ACCUSE", VILLENA, BOLUARTE, B2, mode="investigate"),
        event("ACCUSE", ADRIANZEN, MP_PE, B3, mode="disapprove"),
        event("ACCUSE", ADRIANZEN, MP_PE, B4, mode="disapprove"),
        event("AGREE", BOLUARTE, MP_PE, B5),
        event("ACCUSE", PERU_LIBRE, BOLUARTE, B7, mode="allege"),
        event("ACCUSE", VILLENA, BOLUARTE, B9, mode="allege"),
        event("PROTEST", PE_PROTESTERS, BOLUARTE, B10, mode="demo", date="2024-03-30", location="Lima", location_country="PER"),
    ],
    "quotes": [
        quote("unverhältnismäßig und verfassungswidrig", "Gustavo Adrianzén", "direct"),
        quote("Die Regierung werde sich gegen diesen Angriff auf die Demokratie wehren", "Gustavo Adrianzén", "indirect"),
        quote("sie werde am Freitag vor der Staatsanwaltschaft aussagen", "Dina Boluarte", "indirect"),
        quote("Ich habe nichts zu verbergen", "Dina Boluarte", "direct"),
        quote("moralischer Unfähigkeit", "Perú Libre", "direct"),
        quote("Die Präsidentin habe zuvor zweimal die Herausgabe der Uhren verweigert", "Juan Carlos Villena", "indirect"),
    ],
    "entities": [
        entity("National Police of Peru", "ORG", "PER", ["Polizei"]),
        entity("Public Ministry of Peru", "ORG", "PER", ["Staatsanwaltschaft", "der Staatsanwaltschaft", "Die Staatsanwaltschaft"]),
        entity("Dina Boluarte", "PER", "PER", ["der peruanischen Präsidentin Dina Boluarte", "die Staatschefin", "sie", "Boluarte", "der Präsidentin", "Die Präsidentin"]),
        entity("Lima", "LOC", "PER", ["Lima"]),
        entity("Juan Carlos Villena", "PER", "PER", ["Generalstaatsanwalt Juan Carlos Villena", "Villena"]),
        entity("Rolex", "ORG", "CHE", ["Rolex"]),
        entity("Gustavo Adrianzén", "PER", "PER", ["Ministerpräsident Gustavo Adrianzén", "er"]),
        entity("Government of Peru", "ORG", "PER", ["Die Regierung", "der Regierung"]),
        entity("Perú Libre", "ORG", "PER", ["der Oppositionspartei Perú Libre"]),
        entity("Congress of Peru", "ORG", "PER", ["Kongress", "dem Kongress"]),
        entity("protesters", "PER", "PER", ["Hunderte Demonstranten"]),
    ],
}

# ---------------------------------------------------------------- hm99-de-03
PETRO = actor("Gustavo Petro", "COL", "GOV")
EMC = actor("Estado Mayor Central (EMC)", "COL", "REB")
YULE = actor("Carmelina Yule Paví", "COL", "CVL")
CRIC = actor("Regional Indigenous Council of Cauca (CRIC)", "COL", "CVL")
COL_GOV = actor("Government of Colombia", "COL", "GOV")
GUARD = actor("Indigenous Guard", "COL", "CVL")
MORDISCO = actor("Iván Mordisco", "COL", "REB")
COL_MIL = actor("Colombian military", "COL", "MIL")
GONZALEZ = actor("Camilo González Posso", "COL", "GOV")
UNVM = actor("UN Verification Mission in Colombia", "UNO", "IGO")

C1 = "Nach dem Tod einer indigenen Anführerin hat Kolumbiens Präsident Gustavo Petro am Sonntagabend die Waffenruhe mit Farc-Dissidenten in drei Departements im Südwesten ausgesetzt."
C2 = "Kämpfer des sogenannten Zentralen Generalstabs (EMC) hatten zuvor in der Gemeinde Toribío die Anführerin der indigenen Garde, Carmelina Yule Paví, erschossen."
C3 = "Die Armee solle die Offensive gegen die Gruppe in den betroffenen Gebieten sofort wieder aufnehmen, ordnete Petro an."
C4 = "„Wer Indigene ermordet, kann kein Partner für den Frieden sein“, schrieb der Staatschef auf der Plattform X."
C5 = "Der Regionale Indigenenrat des Cauca (CRIC) verlangte von der Regierung besseren Schutz für die Gemeinden."
C6 = "Tausende Mitglieder der indigenen Garde blockierten am Montag aus Protest gegen die Gewalt der Dissidenten die Panamericana bei Piendamó."
C7 = "Die EMC-Führung bestritt in einer Erklärung, den Mord angeordnet zu haben."
C8 = "Ihr Kommandant Iván Mordisco warnte, seine Einheiten würden auf jeden Angriff der Armee »mit aller Härte« antworten."
C9 = "Die Friedensgespräche mit anderen EMC-Fronten sollen nach Angaben des Regierungsunterhändlers Camilo González dennoch fortgesetzt werden."
C10 = "Die UN-Verifikationsmission verurteilte den Mord und forderte eine lückenlose Aufklärung."

DE03 = {
    "id": "hm99-de-03", "lang": "de", "url": None, "published": "2024-03-18",
    "title": "Petro setzt Waffenruhe mit Farc-Dissidenten teilweise aus",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C7, C8, C9, C10]),
    "events": [
        event("SANCTION", PETRO, EMC, C1, mode="discontinue", date="2024-03-17"),
        event("ASSAULT", EMC, YULE, C2, mode="firearms", location="Toribío", location_country="COL"),
        event("MOBILIZE", PETRO, EMC, C3, mode="troops"),
        event("ACCUSE", PETRO, EMC, C4, mode="disapprove"),
        event("REQUEST", CRIC, COL_GOV, C5, mode="assist"),
        event("PROTEST", GUARD, EMC, C6, mode="obstruct", date="2024-03-18", location="Piendamó", location_country="COL"),
        event("THREATEN", MORDISCO, COL_MIL, C8, mode="violence"),
        event("AGREE", GONZALEZ, EMC, C9),
        event("ACCUSE", UNVM, EMC, C10, mode="disapprove"),
        event("REQUEST", UNVM, None, C10),
    ],
    "quotes": [
        quote("Die Armee solle die Offensive gegen die Gruppe in den betroffenen Gebieten sofort wieder aufnehmen", "Gustavo Petro", "indirect"),
        quote("Wer Indigene ermordet, kann kein Partner für den Frieden sein", "Gustavo Petro", "direct"),
        quote("mit aller Härte", "Iván Mordisco", "direct"),
        quote("seine Einheiten würden auf jeden Angriff der Armee »mit aller Härte« antworten", "Iván Mordisco", "indirect"),
        quote("Die Friedensgespräche mit anderen EMC-Fronten sollen nach Angaben des Regierungsunterhändlers Camilo González dennoch fortgesetzt werden", "Camilo González Posso", "indirect"),
    ],
    "entities": [
        entity("Colombia", "GPE", "COL", ["Kolumbiens"]),
        entity("Gustavo Petro", "PER", "COL", ["Kolumbiens Präsident Gustavo Petro", "Petro", "der Staatschef"]),
        entity("Estado Mayor Central (EMC)", "ORG", "COL", ["Farc-Dissidenten", "des sogenannten Zentralen Generalstabs (EMC)", "die Gruppe", "der Dissidenten", "Die EMC-Führung"]),
        entity("FARC", "ORG", "COL", []),
        entity("Cauca", "LOC", "COL", ["des Cauca"]),
        entity("Toribío", "LOC", "COL", ["der Gemeinde Toribío"]),
        entity("Carmelina Yule Paví", "PER", "COL", ["die Anführerin der indigenen Garde, Carmelina Yule Paví", "einer indigenen Anführerin"]),
        entity("Colombian military", "ORG", "COL", ["Die Armee", "der Armee"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Regional Indigenous Council of Cauca (CRIC)", "ORG", "COL", ["Der Regionale Indigenenrat des Cauca (CRIC)"]),
        entity("Government of Colombia", "ORG", "COL", ["der Regierung"]),
        entity("Indigenous Guard", "ORG", "COL", ["der indigenen Garde", "Tausende Mitglieder der indigenen Garde"]),
        entity("Pan-American Highway", "LOC", "COL", ["die Panamericana"]),
        entity("Piendamó", "LOC", "COL", ["Piendamó"]),
        entity("Iván Mordisco", "PER", "COL", ["Ihr Kommandant Iván Mordisco"]),
        entity("Camilo González Posso", "PER", "COL", ["des Regierungsunterhändlers Camilo González"]),
        entity("UN Verification Mission in Colombia", "ORG", "UNO", ["Die UN-Verifikationsmission"]),
    ],
}

# ---------------------------------------------------------------- hm99-de-04
QUIBOLOY = actor("Apollo Quiboloy", "PHL", "CVL")
PNP = actor("Philippine National Police", "PHL", "COP")
PHL_JUD = actor("Philippine judiciary", "PHL", "JUD")
US_JUD = actor("United States federal prosecutors", "USA", "JUD")
KOJC_SUPP = actor("Quiboloy supporters", "PHL", "CVL")
DUTERTE = actor("Rodrigo Duterte", "PHL", "OPP")
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
ABALOS = actor("Benjamin Abalos", "PHL", "GOV")
USA = actor("United States", "USA", "GOV")

D1 = "Nach einer mehr als zweiwöchigen Belagerung hat sich der philippinische Prediger Apollo Quiboloy am Sonntag der Polizei ergeben."
D2 = "Der Gründer der Sekte Kingdom of Jesus Christ wurde nach Angaben von Innenminister Benjamin Abalos mit einem Militärhubschrauber nach Manila geflogen und dort in Gewahrsam genommen."
D3 = "Die Justiz wirft ihm unter anderem Kinderhandel und sexuellen Missbrauch vor."
D4 = "Auch in den USA ist der einstige geistliche Berater von Ex-Präsident Rodrigo Duterte wegen Sexhandels angeklagt."
D5 = "Die Polizei hatte seit dem 24. August rund 2000 Beamte nach Davao verlegt, um das weitläufige Gelände der Sekte zu durchsuchen."
D6 = "Anhänger Quiboloys blockierten tagelang die Zufahrten und warfen den Beamten vor, mit Tränengas gegen betende Gläubige vorzugehen."
D7 = "Duterte sprach von einer „Hexenjagd“ gegen seinen langjährigen Freund."
D8 = "Abalos dankte den Einsatzkräften und versicherte, der Prediger werde „wie jeder andere Beschuldigte“ behandelt."
D9 = "Eine Auslieferung an die USA schloss Manila vorerst aus."

DE04 = {
    "id": "hm99-de-04", "lang": "de", "url": None, "published": "2024-09-09",
    "title": "Philippinischer Sektenprediger Quiboloy stellt sich der Polizei",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7], [D8, D9]),
    "events": [
        event("RETREAT", QUIBOLOY, PNP, D1, date="2024-09-08"),
        event("COERCE", PNP, QUIBOLOY, D2, mode="arrest", date="2024-09-08", location="Manila", location_country="PHL"),
        event("ACCUSE", PHL_JUD, QUIBOLOY, D3, mode="allege"),
        event("ACCUSE", US_JUD, QUIBOLOY, D4, mode="allege"),
        event("MOBILIZE", PNP, None, D5, mode="police", location="Davao", location_country="PHL"),
        event("PROTEST", KOJC_SUPP, PNP, D6, mode="obstruct", location="Davao", location_country="PHL"),
        event("ACCUSE", KOJC_SUPP, PNP, D6, mode="allege"),
        event("ACCUSE", DUTERTE, PHL_GOV, D7, mode="disapprove"),
        event("SUPPORT", ABALOS, PNP, D8),
        event("REJECT", PHL_GOV, USA, D9),
    ],
    "quotes": [
        quote("Der Gründer der Sekte Kingdom of Jesus Christ wurde nach Angaben von Innenminister Benjamin Abalos mit einem Militärhubschrauber nach Manila geflogen und dort in Gewahrsam genommen", "Benjamin Abalos", "indirect"),
        quote("mit Tränengas gegen betende Gläubige vorzugehen", "Quiboloy supporters", "indirect"),
        quote("Hexenjagd", "Rodrigo Duterte", "direct"),
        quote("wie jeder andere Beschuldigte", "Benjamin Abalos", "direct"),
        quote("der Prediger werde „wie jeder andere Beschuldigte“ behandelt", "Benjamin Abalos", "indirect"),
    ],
    "entities": [
        entity("Apollo Quiboloy", "PER", "PHL", ["der philippinische Prediger Apollo Quiboloy", "Der Gründer der Sekte Kingdom of Jesus Christ", "ihm", "der einstige geistliche Berater von Ex-Präsident Rodrigo Duterte", "Quiboloys", "seinen langjährigen Freund", "der Prediger"]),
        entity("Philippine National Police", "ORG", "PHL", ["der Polizei", "Die Polizei", "rund 2000 Beamte", "den Beamten", "den Einsatzkräften"]),
        entity("Kingdom of Jesus Christ", "ORG", "PHL", ["Sekte Kingdom of Jesus Christ", "der Sekte"]),
        entity("Benjamin Abalos", "PER", "PHL", ["Innenminister Benjamin Abalos", "Abalos"]),
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("Philippine judiciary", "ORG", "PHL", ["Die Justiz"]),
        entity("United States", "GPE", "USA", ["den USA", "die USA"]),
        entity("Rodrigo Duterte", "PER", "PHL", ["Ex-Präsident Rodrigo Duterte", "Duterte"]),
        entity("Davao", "LOC", "PHL", ["Davao"]),
        entity("Quiboloy supporters", "PER", "PHL", ["Anhänger Quiboloys"]),
        entity("Government of the Philippines", "ORG", "PHL", ["Manila"]),
    ],
}

# ---------------------------------------------------------------- hm99-en-01
THA = actor("Thailand", "THA", "GOV")
KHM = actor("Cambodia", "KHM", "GOV")
HUN_MANET = actor("Hun Manet", "KHM", "GOV")
PHUMTHAM = actor("Phumtham Wechayachai", "THA", "GOV")
THA_MIL2 = actor("Royal Thai Armed Forces", "THA", "MIL")
KHM_MIL = actor("Royal Cambodian Armed Forces", "KHM", "MIL")
TRUMP = actor("Donald Trump", "USA", "GOV")

E1 = "Thailand and Cambodia agreed on Monday to an immediate and unconditional ceasefire after five days of border clashes, Malaysian Prime Minister Anwar Ibrahim said after hosting talks in Putrajaya."
E2 = "Cambodian Prime Minister Hun Manet and Thailand's acting leader Phumtham Wechayachai met for two hours at Anwar's residence, with U.S. and Chinese envoys attending."
E3 = "“This is a first but vital step towards de-escalation,” Anwar told reporters."
E4 = "Hours before the talks, Thai and Cambodian troops exchanged artillery fire near the Ta Muen Thom temple."
E5 = "Phumtham accused Cambodia of firing rockets at civilian areas in Surin province and said Bangkok would hold Phnom Penh responsible for any violation."
E6 = "Hun Manet denied the allegation and called on Thailand to free 20 Cambodian soldiers captured during the fighting."
E7 = "Bangkok had expelled Cambodia's ambassador and recalled its own envoy after a landmine wounded five Thai soldiers last week."
E8 = "Phnom Penh responded by downgrading relations and halting Thai fuel imports."
E9 = "U.S. President Donald Trump, who had phoned both leaders on Saturday, said trade talks could now resume."

EN01 = {
    "id": "hm99-en-01", "lang": "en", "url": None, "published": "2025-07-28",
    "title": "Thailand and Cambodia agree ceasefire at Malaysia-hosted talks",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9]),
    "events": [
        event("AGREE", THA, KHM, E1, date="2025-07-28", location="Putrajaya", location_country="MYS"),
        event("CONSULT", HUN_MANET, PHUMTHAM, E2, mode="third-party", date="2025-07-28", location="Putrajaya", location_country="MYS"),
        event("ASSAULT", THA_MIL2, KHM_MIL, E4, mode="heavy-weapons", date="2025-07-28", location="Ta Muen Thom temple"),
        event("ASSAULT", KHM_MIL, THA_MIL2, E4, mode="heavy-weapons", date="2025-07-28", location="Ta Muen Thom temple"),
        event("ACCUSE", PHUMTHAM, KHM, E5, mode="allege"),
        event("THREATEN", PHUMTHAM, KHM, E5),
        event("REQUEST", HUN_MANET, THA, E6, mode="yield"),
        event("SANCTION", THA, KHM, E7, mode="expel"),
        event("SANCTION", THA, KHM, E7, mode="withdraw"),
        event("SANCTION", KHM, THA, E8, mode="discontinue"),
        event("CONSULT", TRUMP, HUN_MANET, E9, mode="phone", date="2025-07-26"),
        event("CONSULT", TRUMP, PHUMTHAM, E9, mode="phone", date="2025-07-26"),
    ],
    "quotes": [
        quote("Thailand and Cambodia agreed on Monday to an immediate and unconditional ceasefire after five days of border clashes", "Anwar Ibrahim", "indirect"),
        quote("This is a first but vital step towards de-escalation", "Anwar Ibrahim", "direct"),
        quote("Bangkok would hold Phnom Penh responsible for any violation", "Phumtham Wechayachai", "indirect"),
        quote("trade talks could now resume", "Donald Trump", "indirect"),
    ],
    "entities": [
        entity("Thailand", "GPE", "THA", ["Thailand", "Thailand's", "Bangkok"]),
        entity("Cambodia", "GPE", "KHM", ["Cambodia", "Cambodia's", "Phnom Penh"]),
        entity("Anwar Ibrahim", "PER", "MYS", ["Malaysian Prime Minister Anwar Ibrahim", "Anwar's", "Anwar"]),
        entity("Putrajaya", "LOC", "MYS", ["Putrajaya"]),
        entity("Hun Manet", "PER", "KHM", ["Cambodian Prime Minister Hun Manet", "Hun Manet"]),
        entity("Phumtham Wechayachai", "PER", "THA", ["Thailand's acting leader Phumtham Wechayachai", "Phumtham"]),
        entity("United States", "GPE", "USA", ["U.S."]),
        entity("China", "GPE", "CHN", ["Chinese"]),
        entity("Royal Thai Armed Forces", "ORG", "THA", ["Thai and Cambodian troops", "five Thai soldiers"]),
        entity("Royal Cambodian Armed Forces", "ORG", "KHM", ["Thai and Cambodian troops", "20 Cambodian soldiers"]),
        entity("Ta Muen Thom temple", "LOC", None, ["the Ta Muen Thom temple"]),
        entity("Surin", "LOC", "THA", ["Surin province"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump"]),
    ],
}

# ---------------------------------------------------------------- hm99-en-02
ARG_PROTESTERS = actor("protesters", "ARG", "CVL")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
GELPI = actor("Ricardo Gelpi", "ARG", "CVL")
ADORNI = actor("Manuel Adorni", "ARG", "GOV")
PERONISTS = actor("Peronists", "ARG", "OPP")
CIN = actor("National Interuniversity Council (CIN)", "ARG", "CVL")
BULLRICH = actor("Patricia Bullrich", "ARG", "GOV")
CFK = actor("Cristina Fernández de Kirchner", "ARG", "OPP")
MILEI = actor("Javier Milei", "ARG", "GOV")

F1 = "Hundreds of thousands of protesters marched through Buenos Aires on Tuesday against budget cuts to public universities by President Javier Milei's government."
F2 = "The rally, called by student federations and university unions, was one of the largest since Milei took office in December."
F3 = "“This government is trying to destroy public education,” University of Buenos Aires rector Ricardo Gelpi told the crowd."
F4 = "Presidential spokesman Manuel Adorni dismissed the march as politically motivated and accused the opposition Peronists of using students for their own ends."
F5 = "He said the government would not reverse the spending freeze, but had agreed to raise funds for university hospitals by 270 percent."
F6 = "The National Interuniversity Council, which represents the rectors, called the offer insufficient and demanded an update of operating budgets in line with inflation."
F7 = "Security Minister Patricia Bullrich deployed hundreds of federal police officers along the route."
F8 = "According to the city government, the march passed off without incidents."
F9 = "Former president Cristina Fernández de Kirchner urged Milei on social media to “listen to the streets”."

EN02 = {
    "id": "hm99-en-02", "lang": "en", "url": None, "published": "2024-04-24",
    "title": "Huge march in Buenos Aires against Milei's university cuts",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8, F9]),
    "events": [
        event("PROTEST", ARG_PROTESTERS, ARG_GOV, F1, mode="demo", date="2024-04-23", location="Buenos Aires", location_country="ARG"),
        event("ACCUSE", GELPI, ARG_GOV, F3, mode="disapprove", date="2024-04-23", location="Buenos Aires", location_country="ARG"),
        event("ACCUSE", ADORNI, PERONISTS, F4, mode="allege"),
        event("REJECT", ADORNI, CIN, F5, mode="change"),
        event("CONCEDE", ADORNI, CIN, F5),
        event("REJECT", CIN, ARG_GOV, F6),
        event("REQUEST", CIN, ARG_GOV, F6, mode="change"),
        event("MOBILIZE", BULLRICH, None, F7, mode="police", location="Buenos Aires", location_country="ARG"),
        event("REQUEST", CFK, MILEI, F9, mode="change"),
    ],
    "quotes": [
        quote("This government is trying to destroy public education", "Ricardo Gelpi", "direct"),
        quote("the government would not reverse the spending freeze, but had agreed to raise funds for university hospitals by 270 percent", "Manuel Adorni", "indirect"),
        quote("the march passed off without incidents", "Government of the City of Buenos Aires", "indirect"),
        quote("listen to the streets", "Cristina Fernández de Kirchner", "direct"),
    ],
    "entities": [
        entity("protesters", "PER", "ARG", ["Hundreds of thousands of protesters"]),
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Javier Milei", "PER", "ARG", ["President Javier Milei's", "Milei"]),
        entity("Government of Argentina", "ORG", "ARG", ["President Javier Milei's government", "This government", "the government"]),
        entity("student federations", "ORG", "ARG", ["student federations"]),
        entity("university unions", "ORG", "ARG", ["university unions"]),
        entity("University of Buenos Aires", "ORG", "ARG", ["University of Buenos Aires"]),
        entity("Ricardo Gelpi", "PER", "ARG", ["University of Buenos Aires rector Ricardo Gelpi"]),
        entity("Manuel Adorni", "PER", "ARG", ["Presidential spokesman Manuel Adorni", "He"]),
        entity("Peronists", "ORG", "ARG", ["the opposition Peronists"]),
        entity("National Interuniversity Council (CIN)", "ORG", "ARG", ["The National Interuniversity Council"]),
        entity("Patricia Bullrich", "PER", "ARG", ["Security Minister Patricia Bullrich"]),
        entity("Argentine Federal Police", "ORG", "ARG", ["hundreds of federal police officers"]),
        entity("Government of the City of Buenos Aires", "ORG", "ARG", ["the city government"]),
        entity("Cristina Fernández de Kirchner", "PER", "ARG", ["Former president Cristina Fernández de Kirchner"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
