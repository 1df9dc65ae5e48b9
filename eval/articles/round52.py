"""Round 52: six blind hand-made wire-style articles (4 German, 2 English), written 2026-11-30.

Invented but plausible reports on real 2023-2025 settings, annotated per
../../shared/data/articles/CONVENTIONS.md:

- hm52-de-01  Unrest in Cameroon after Biya is declared the winner over Tchiroma (Oct 2025)
- hm52-de-02  Ukraine's incursion into the Kursk region, Putin's response (Aug 2024)
- hm52-de-03  PKK fighters burn their weapons near Sulaymaniyah (Jul 2025)
- hm52-de-04  The FLNKS rejects the Bougival agreement on New Caledonia (Aug 2025)
- hm52-en-01  China suspends Japanese seafood imports in the row over Takaichi's Taiwan remarks (Nov 2025)
- hm52-en-02  The Dominican Republic closes its border with Haiti over the Massacre River canal (Sep 2023)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm52-de-01
TCHIROMA = actor("Issa Tchiroma Bakary", "CMR", "OPP")
SUPPORTERS = actor("Supporters of Issa Tchiroma Bakary", "CMR", "OPP")
CMR_POLICE = actor("Cameroonian police", "CMR", "COP")

C1 = [
    "Jaunde (AFP) - Nach der Bestätigung von Präsident Paul Biya als Wahlsieger ist es in Kamerun zu schweren Unruhen gekommen.",
    "Der Verfassungsrat hatte den 92-Jährigen am Montag mit 53,7 Prozent der Stimmen zum Sieger erklärt.",
    "In Douala und Garoua errichteten Anhänger des Oppositionskandidaten Issa Tchiroma Bakary Straßensperren und zündeten Reifen an.",
    "Die Polizei setzte Tränengas und Wasserwerfer ein.",
    "Die Behörden sperrten zudem das mobile Internet.",
]
C2 = [
    "Tchiroma warf den Sicherheitskräften vor, mindestens vier Demonstranten erschossen zu haben.",
    "Er bezichtigte die Regierungspartei RDPC des »Wahlbetrugs«.",
    "„Das Volk hat gesprochen“, sagte er in einer Videobotschaft.",
    "Regierungssprecher René Emmanuel Sadi wies die Vorwürfe zurück.",
    "Randalierer hätten in Garoua eine Polizeiwache angezündet, sagte er.",
]
C3 = [
    "Innenminister Paul Atanga Nji drohte Tchiroma mit einer Festnahme, sollte er weiter zu Protesten aufrufen.",
    "In der Hauptstadt wurden mehrere Oppositionspolitiker festgenommen.",
    "Am Dienstag kündigte die Regierung an, die Sperre schrittweise aufzuheben.",
    "Die Afrikanische Union und die Vereinten Nationen riefen zur Zurückhaltung auf.",
    "Der seit 1982 regierende Biya soll am 6. November vereidigt werden.",
]
T = paragraphs(C1, C2, C3)

ART1 = {
    "id": "hm52-de-01", "lang": "de", "url": None, "published": "2025-10-28",
    "title": "Unruhen in Kamerun nach Bestätigung von Biyas Wahlsieg",
    "text": T,
    "events": [
        event("PROTEST", SUPPORTERS, actor("Cameroon", "CMR", "GOV"), C1[2], mode="riot"),
        event("ASSAULT", CMR_POLICE, SUPPORTERS, C1[3], mode="crowd-control"),
        event("ACCUSE", TCHIROMA, actor("Cameroonian security forces", "CMR", "COP"), C2[0], mode="allege"),
        event("ACCUSE", TCHIROMA, actor("Cameroon People's Democratic Movement", "CMR", "PTY"), C2[1], mode="allege"),
        event("ACCUSE", actor("René Emmanuel Sadi", "CMR", "GOV"), SUPPORTERS, C2[4], mode="allege"),
        event("THREATEN", actor("Paul Atanga Nji", "CMR", "GOV"), TCHIROMA, C3[0], mode="arrest"),
        event("COERCE", CMR_POLICE, actor("Cameroonian opposition politicians", "CMR", "OPP"), C3[1], mode="arrest",
              location="Yaoundé", location_country="CMR"),
        event("COERCE", actor("Cameroon", "CMR", "GOV"), None, C1[4], mode="withhold"),
        event("CONCEDE", actor("Cameroon", "CMR", "GOV"), None, C3[2], date="2025-10-28"),
        event("REQUEST", actor("African Union", "IGO", "IGO"), None, C3[3]),
        event("REQUEST", actor("United Nations", "UNO", "IGO"), None, C3[3]),
    ],
    "quotes": [
        quote("mindestens vier Demonstranten erschossen zu haben", "Issa Tchiroma Bakary", "indirect"),
        quote("Wahlbetrugs", "Issa Tchiroma Bakary", "direct"),
        quote("Das Volk hat gesprochen", "Issa Tchiroma Bakary", "direct"),
        quote("Randalierer hätten in Garoua eine Polizeiwache angezündet", "René Emmanuel Sadi", "indirect"),
    ],
    "entities": [
        entity("Paul Biya", "PER", "CMR", ["Präsident Paul Biya", "den 92-Jährigen", "Der seit 1982 regierende Biya"]),
        entity("Cameroon", "GPE", "CMR", ["Kamerun"]),
        entity("Yaoundé", "LOC", "CMR", ["Jaunde", "der Hauptstadt"]),
        entity("Constitutional Council of Cameroon", "ORG", "CMR", ["Der Verfassungsrat"]),
        entity("Douala", "LOC", "CMR", ["Douala"]),
        entity("Garoua", "LOC", "CMR", ["Garoua"]),
        entity("Issa Tchiroma Bakary", "PER", "CMR", ["des Oppositionskandidaten Issa Tchiroma Bakary", "Tchiroma"]),
        entity("Cameroonian police", "ORG", "CMR", ["Die Polizei"]),
        entity("Government of Cameroon", "ORG", "CMR", ["Die Behörden", "die Regierung"]),
        entity("Cameroonian security forces", "ORG", "CMR", ["den Sicherheitskräften"]),
        entity("Cameroon People's Democratic Movement", "ORG", "CMR", ["die Regierungspartei RDPC"]),
        entity("René Emmanuel Sadi", "PER", "CMR", ["Regierungssprecher René Emmanuel Sadi"]),
        entity("Paul Atanga Nji", "PER", "CMR", ["Innenminister Paul Atanga Nji"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen"]),
    ],
}

# ---------------------------------------------------------------- hm52-de-02
UKR_MIL = actor("Ukrainian Armed Forces", "UKR", "MIL")
UKR = actor("Ukraine", "UKR", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
RUS_MOD = actor("Ministry of Defence of Russia", "RUS", "MIL")

K1 = [
    "Moskau/Kiew (dpa) - Ukrainische Truppen haben ihren Vorstoß in das russische Gebiet Kursk den dritten Tag in Folge fortgesetzt.",
    "Kremlchef Wladimir Putin sprach am Mittwoch von einer »groß angelegten Provokation« Kiews.",
    "Die ukrainischen Streitkräfte feuerten wahllos auf Wohnhäuser und Krankenwagen, sagte er bei einer Sitzung des Sicherheitsrats.",
]
K2 = [
    "Das russische Verteidigungsministerium teilte mit, es habe Reserven in das Grenzgebiet verlegt.",
    "Zudem hätten Kampfflugzeuge ukrainische Einheiten auf russischem Gebiet angegriffen.",
    "Gouverneur Alexej Smirnow ordnete die Evakuierung Tausender Bewohner an und rief den Notstand aus.",
]
K3 = [
    "Kiew äußerte sich zunächst nicht offiziell zu dem Vorstoß.",
    "Präsident Wolodymyr Selenskyj sagte lediglich, Russland habe den Krieg in die Ukraine getragen und müsse nun spüren, »was es getan hat«.",
    "Das Weiße Haus erklärte, Washington sei über die Operation nicht vorab informiert worden.",
    "Das benachbarte Belarus verlegte zusätzliche Soldaten an die Grenze zur Ukraine.",
]
T = paragraphs(K1, K2, K3)

ART2 = {
    "id": "hm52-de-02", "lang": "de", "url": None, "published": "2024-08-08",
    "title": "Ukrainische Truppen setzen Vorstoß in Region Kursk fort",
    "text": T,
    "events": [
        event("ASSAULT", UKR_MIL, actor("Russia", "RUS", "MIL"), K1[0], location="Kursk", location_country="RUS"),
        event("ACCUSE", PUTIN, UKR, K1[1], mode="disapprove", date="2024-08-07"),
        event("ACCUSE", PUTIN, UKR_MIL, K1[2], mode="allege"),
        event("MOBILIZE", RUS_MOD, None, K2[0], mode="troops", location="Kursk", location_country="RUS"),
        event("ASSAULT", RUS_MOD, UKR_MIL, K2[1], mode="aerial", location="Kursk", location_country="RUS"),
        event("COERCE", actor("Alexei Smirnov", "RUS", "GOV"), None, K2[2], mode="martial-law",
              location="Kursk", location_country="RUS"),
        event("ACCUSE", actor("Volodymyr Zelensky", "UKR", "GOV"), actor("Russia", "RUS", "GOV"), K3[1],
              mode="disapprove"),
        event("MOBILIZE", actor("Belarus", "BLR", "MIL"), None, K3[3], mode="troops"),
    ],
    "quotes": [
        quote("groß angelegten Provokation", "Vladimir Putin", "direct"),
        quote("Die ukrainischen Streitkräfte feuerten wahllos auf Wohnhäuser und Krankenwagen", "Vladimir Putin", "indirect"),
        quote("es habe Reserven in das Grenzgebiet verlegt", "Ministry of Defence of Russia", "indirect"),
        quote("Zudem hätten Kampfflugzeuge ukrainische Einheiten auf russischem Gebiet angegriffen",
              "Ministry of Defence of Russia", "indirect"),
        quote("Russland habe den Krieg in die Ukraine getragen und müsse nun spüren, »was es getan hat«",
              "Volodymyr Zelensky", "indirect"),
        quote("was es getan hat", "Volodymyr Zelensky", "direct"),
        quote("Washington sei über die Operation nicht vorab informiert worden", "White House", "indirect"),
    ],
    "entities": [
        entity("Ukrainian Armed Forces", "ORG", "UKR", ["Ukrainische Truppen", "Die ukrainischen Streitkräfte"]),
        entity("Kursk Oblast", "LOC", "RUS", ["das russische Gebiet Kursk", "das Grenzgebiet"]),
        entity("Russia", "GPE", "RUS", ["Moskau", "Russland"]),
        entity("Ukraine", "GPE", "UKR", ["Kiew", "Kiews", "Ukraine"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("Security Council of Russia", "ORG", "RUS", ["des Sicherheitsrats"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Das russische Verteidigungsministerium"]),
        entity("Alexei Smirnov", "PER", "RUS", ["Gouverneur Alexej Smirnow"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj"]),
        entity("White House", "ORG", "USA", ["Das Weiße Haus"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Belarus", "GPE", "BLR", ["Das benachbarte Belarus"]),
    ],
}

# ---------------------------------------------------------------- hm52-de-03
PKK = actor("Kurdistan Workers' Party", "TUR", "REB")
TUR = actor("Turkey", "TUR", "GOV")

Q1 = [
    "Sulaimanija (Reuters) - Rund 30 Kämpfer der verbotenen kurdischen Arbeiterpartei PKK haben im Nordirak ihre Waffen niedergelegt und verbrannt.",
    "Die Zeremonie am Freitag nahe der Stadt Sulaimanija galt als erster konkreter Schritt zur Entwaffnung der Gruppe.",
    "»Wir vernichten unsere Waffen aus freiem Willen«, sagte die PKK-Kommandeurin Bese Hozat, die eine Erklärung verlas.",
]
Q2 = [
    "Der Konflikt zwischen der PKK und dem türkischen Staat hat seit 1984 mehr als 40.000 Menschen das Leben gekostet.",
    "Präsident Recep Tayyip Erdoğan begrüßte die Entwaffnung als »historischen Schritt«.",
    "Die Regierung werde prüfen, ob Kämpfer ohne Straftaten in die Türkei zurückkehren dürfen, sagte er.",
    "Ankara müsse nun die Haftbedingungen des inhaftierten PKK-Gründers Abdullah Öcalan lockern, forderte die prokurdische DEM-Partei.",
]
Q3 = [
    "Der türkische Geheimdienst MIT und die kurdische Regionalregierung im Irak hatten die Zeremonie gemeinsam vorbereitet.",
    "Die USA und die EU begrüßten den Schritt.",
    "Hozat warnte jedoch, der Prozess werde scheitern, sollte Ankara keine rechtlichen Garantien geben.",
]
T = paragraphs(Q1, Q2, Q3)

ART3 = {
    "id": "hm52-de-03", "lang": "de", "url": None, "published": "2025-07-11",
    "title": "PKK-Kämpfer verbrennen im Nordirak ihre Waffen",
    "text": T,
    "events": [
        event("RETREAT", PKK, TUR, Q1[0], mode="disarm", date="2025-07-11", location="Sulaymaniyah",
              location_country="IRQ"),
        event("RETREAT", PKK, TUR, Q1[2], mode="disarm", date="2025-07-11", location="Sulaymaniyah",
              location_country="IRQ"),
        event("SUPPORT", actor("Recep Tayyip Erdoğan", "TUR", "GOV"), PKK, Q2[1]),
        event("REQUEST", actor("Peoples' Equality and Democracy Party", "TUR", "PTY"), TUR, Q2[3]),
        event("COOPERATE", actor("National Intelligence Organization", "TUR", "GOV"),
              actor("Kurdistan Regional Government", "IRQ", "GOV"), Q3[0]),
        event("SUPPORT", actor("United States", "USA", "GOV"), PKK, Q3[1]),
        event("SUPPORT", actor("European Union", "EUR", "IGO"), PKK, Q3[1]),
        event("THREATEN", actor("Bese Hozat", "TUR", "REB"), TUR, Q3[2]),
    ],
    "quotes": [
        quote("Wir vernichten unsere Waffen aus freiem Willen", "Bese Hozat", "direct"),
        quote("historischen Schritt", "Recep Tayyip Erdoğan", "direct"),
        quote("Die Regierung werde prüfen, ob Kämpfer ohne Straftaten in die Türkei zurückkehren dürfen",
              "Recep Tayyip Erdoğan", "indirect"),
        quote("Ankara müsse nun die Haftbedingungen des inhaftierten PKK-Gründers Abdullah Öcalan lockern",
              "Peoples' Equality and Democracy Party", "indirect"),
        quote("der Prozess werde scheitern, sollte Ankara keine rechtlichen Garantien geben", "Bese Hozat", "indirect"),
    ],
    "entities": [
        entity("Kurdistan Workers' Party", "ORG", "TUR",
               ["der verbotenen kurdischen Arbeiterpartei PKK", "der Gruppe", "der PKK"]),
        entity("Sulaymaniyah", "LOC", "IRQ", ["Sulaimanija", "der Stadt Sulaimanija"]),
        entity("Iraq", "GPE", "IRQ", ["im Nordirak", "im Irak"]),
        entity("Bese Hozat", "PER", "TUR", ["die PKK-Kommandeurin Bese Hozat", "Hozat"]),
        entity("Turkey", "GPE", "TUR", ["dem türkischen Staat", "die Türkei", "Ankara"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Präsident Recep Tayyip Erdoğan"]),
        entity("Abdullah Öcalan", "PER", "TUR", ["des inhaftierten PKK-Gründers Abdullah Öcalan"]),
        entity("Peoples' Equality and Democracy Party", "ORG", "TUR", ["die prokurdische DEM-Partei"]),
        entity("National Intelligence Organization", "ORG", "TUR", ["Der türkische Geheimdienst MIT"]),
        entity("Kurdistan Regional Government", "ORG", "IRQ", ["die kurdische Regionalregierung im Irak"]),
        entity("United States", "GPE", "USA", ["Die USA"]),
        entity("European Union", "ORG", "EUR", ["die EU"]),
    ],
}

# ---------------------------------------------------------------- hm52-de-04
FLNKS = actor("FLNKS", "FRA", "OPP")
FRANCE = actor("France", "FRA", "GOV")
TEIN = actor("Christian Tein", "FRA", "OPP")
VALLS = actor("Manuel Valls", "FRA", "GOV")

N1 = [
    "Nouméa (AFP) - Die Unabhängigkeitsbewegung FLNKS hat am Mittwoch das Abkommen von Bougival über die Zukunft Neukaledoniens abgelehnt.",
    "Man werde das Abkommen »nicht umsetzen«, erklärte FLNKS-Präsident Christian Tein.",
    "Unterhändler der FLNKS hatten den Text im Juli nahe Paris noch unterzeichnet.",
    "Er sieht einen eigenen Staat innerhalb der Französischen Republik vor.",
]
N2 = [
    "Überseeminister Manuel Valls kündigte an, kommende Woche nach Nouméa zu reisen, um mit der FLNKS zu sprechen.",
    "Das Abkommen sei „nicht tot“, sagte er dem Sender Franceinfo.",
    "Er rief die Unabhängigkeitsbefürworter auf, an den Verhandlungstisch zurückzukehren.",
    "Präsident Emmanuel Macron telefonierte am Mittwochabend mit Tein.",
]
N3 = [
    "Die loyalistischen Parteien warfen der FLNKS vor, den Frieden auf der Inselgruppe zu gefährden.",
    "Die Hochkommission verstärkte vorsorglich die Präsenz der Gendarmerie in Nouméa.",
    "Bei den Unruhen im Mai 2024 waren 14 Menschen getötet worden.",
]
T = paragraphs(N1, N2, N3)

ART4 = {
    "id": "hm52-de-04", "lang": "de", "url": None, "published": "2025-08-14",
    "title": "FLNKS lehnt Abkommen von Bougival ab",
    "text": T,
    "events": [
        event("REJECT", FLNKS, FRANCE, N1[0], date="2025-08-13"),
        event("REJECT", TEIN, FRANCE, N1[1]),
        event("SUPPORT", FLNKS, FRANCE, N1[2], location="Paris", location_country="FRA"),
        event("AGREE", VALLS, FLNKS, N2[0]),
        event("REQUEST", VALLS, FLNKS, N2[2], mode="meet"),
        event("CONSULT", actor("Emmanuel Macron", "FRA", "GOV"), TEIN, N2[3], mode="phone", date="2025-08-13"),
        event("ACCUSE", actor("Loyalist parties of New Caledonia", "FRA", "PTY"), FLNKS, N3[0], mode="allege"),
        event("MOBILIZE", actor("High Commission of the Republic in New Caledonia", "FRA", "GOV"), None, N3[1],
              mode="police", location="Nouméa", location_country="FRA"),
    ],
    "quotes": [
        quote("Man werde das Abkommen »nicht umsetzen«", "Christian Tein", "indirect"),
        quote("nicht umsetzen", "Christian Tein", "direct"),
        quote("Das Abkommen sei „nicht tot“", "Manuel Valls", "indirect"),
        quote("nicht tot", "Manuel Valls", "direct"),
        quote("den Frieden auf der Inselgruppe zu gefährden", "Loyalist parties of New Caledonia", "indirect"),
    ],
    "entities": [
        entity("FLNKS", "ORG", "FRA", ["Die Unabhängigkeitsbewegung FLNKS", "der FLNKS", "die Unabhängigkeitsbefürworter"]),
        entity("Bougival", "LOC", "FRA", ["Bougival"]),
        entity("New Caledonia", "LOC", "FRA", ["Neukaledoniens", "der Inselgruppe"]),
        entity("Nouméa", "LOC", "FRA", ["Nouméa"]),
        entity("Christian Tein", "PER", "FRA", ["FLNKS-Präsident Christian Tein", "Tein"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("France", "GPE", "FRA", ["der Französischen Republik"]),
        entity("Manuel Valls", "PER", "FRA", ["Überseeminister Manuel Valls"]),
        entity("Franceinfo", "ORG", "FRA", ["dem Sender Franceinfo"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron"]),
        entity("Loyalist parties of New Caledonia", "ORG", "FRA", ["Die loyalistischen Parteien"]),
        entity("High Commission of the Republic in New Caledonia", "ORG", "FRA", ["Die Hochkommission"]),
        entity("National Gendarmerie", "ORG", "FRA", ["der Gendarmerie"]),
    ],
}

# ---------------------------------------------------------------- hm52-en-01
CHN = actor("China", "CHN", "GOV")
JPN = actor("Japan", "JPN", "GOV")
TAKAICHI = actor("Sanae Takaichi", "JPN", "GOV")
MAO = actor("Mao Ning", "CHN", "GOV")
KIHARA = actor("Minoru Kihara", "JPN", "GOV")
KANAI = actor("Masaaki Kanai", "JPN", "GOV")
LIU = actor("Liu Jinsong", "CHN", "GOV")

J1 = [
    "BEIJING (Reuters) - China suspended imports of Japanese seafood on Wednesday, escalating a diplomatic row over remarks by Japanese Prime Minister Sanae Takaichi on Taiwan.",
    "Takaichi told parliament this month that a Chinese naval blockade of Taiwan could constitute a \"survival-threatening situation\" for Japan.",
    "Beijing has demanded that she retract the remarks.",
    "Takaichi has refused, saying her comments were consistent with the government's long-standing position.",
]
J2 = [
    "Chinese Foreign Ministry spokeswoman Mao Ning accused Tokyo of \"blatant interference\" in China's internal affairs.",
    "She said China would take \"resolute countermeasures\" if Japan did not change course.",
    "Tokyo summoned China's ambassador last week over a social media post by the Chinese consul general in Osaka, Xue Jian, who threatened to cut off \"that dirty neck.\"",
]
J3 = [
    "Chief Cabinet Secretary Minoru Kihara called the seafood ban \"extremely regrettable\" and urged Beijing to lift it.",
    "Japan's top diplomat for Asia, Masaaki Kanai, met his Chinese counterpart Liu Jinsong in Beijing on Tuesday.",
    "The talks produced no agreement, a Japanese official said.",
]
T = paragraphs(J1, J2, J3)

ART5 = {
    "id": "hm52-en-01", "lang": "en", "url": None, "published": "2025-11-19",
    "title": "China suspends Japanese seafood imports as Taiwan row deepens",
    "text": T,
    "events": [
        event("SANCTION", CHN, JPN, J1[0], mode="discontinue", date="2025-11-19"),
        event("REQUEST", CHN, TAKAICHI, J1[2], mode="change"),
        event("REJECT", TAKAICHI, CHN, J1[3], mode="change"),
        event("ACCUSE", MAO, JPN, J2[0], mode="disapprove"),
        event("THREATEN", MAO, JPN, J2[1]),
        event("ACCUSE", JPN, CHN, J2[2], mode="disapprove"),
        event("THREATEN", actor("Xue Jian", "CHN", "GOV"), TAKAICHI, J2[2], mode="violence"),
        event("ACCUSE", KIHARA, CHN, J3[0], mode="disapprove"),
        event("REQUEST", KIHARA, CHN, J3[0], mode="yield"),
        event("CONSULT", KANAI, LIU, J3[1], mode="visit", date="2025-11-18", location="Beijing",
              location_country="CHN"),
        event("AGREE", KANAI, LIU, J3[2], negated=True),
    ],
    "quotes": [
        quote("that a Chinese naval blockade of Taiwan could constitute a \"survival-threatening situation\" for Japan",
              "Sanae Takaichi", "indirect"),
        quote("survival-threatening situation", "Sanae Takaichi", "direct"),
        quote("that she retract the remarks", "Government of China", "indirect"),
        quote("her comments were consistent with the government's long-standing position", "Sanae Takaichi", "indirect"),
        quote("blatant interference", "Mao Ning", "direct"),
        quote("China would take \"resolute countermeasures\" if Japan did not change course", "Mao Ning", "indirect"),
        quote("resolute countermeasures", "Mao Ning", "direct"),
        quote("that dirty neck", "Xue Jian", "direct"),
        quote("extremely regrettable", "Minoru Kihara", "direct"),
        quote("The talks produced no agreement", "Japanese official", "indirect"),
    ],
    "entities": [
        entity("China", "GPE", "CHN", ["China", "Beijing", "China's"]),
        entity("Japan", "GPE", "JPN", ["Japan", "Tokyo", "Japan's"]),
        entity("Sanae Takaichi", "PER", "JPN", ["Japanese Prime Minister Sanae Takaichi", "Takaichi"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan"]),
        entity("National Diet", "ORG", "JPN", ["parliament"]),
        entity("Mao Ning", "PER", "CHN", ["Chinese Foreign Ministry spokeswoman Mao Ning"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Chinese Foreign Ministry"]),
        entity("Wu Jianghao", "PER", "CHN", ["China's ambassador"]),
        entity("Xue Jian", "PER", "CHN", ["the Chinese consul general in Osaka, Xue Jian"]),
        entity("Osaka", "LOC", "JPN", ["Osaka"]),
        entity("Minoru Kihara", "PER", "JPN", ["Chief Cabinet Secretary Minoru Kihara"]),
        entity("Masaaki Kanai", "PER", "JPN", ["Japan's top diplomat for Asia, Masaaki Kanai"]),
        entity("Liu Jinsong", "PER", "CHN", ["his Chinese counterpart Liu Jinsong"]),
        entity("Japanese official", "PER", "JPN", ["a Japanese official"]),
    ],
}

# ---------------------------------------------------------------- hm52-en-02
DOM = actor("Dominican Republic", "DOM", "GOV")
HTI = actor("Haiti", "HTI", "GOV")
ABINADER = actor("Luis Abinader", "DOM", "GOV")
OAS = actor("Organization of American States", "IGO", "IGO")

H1 = [
    "SANTO DOMINGO (AP) - The Dominican Republic closed its entire border with Haiti on Friday in a dispute over a canal that would divert water from a shared river.",
    "President Luis Abinader also suspended the issuing of visas to Haitians and ordered troops to the frontier.",
    "Abinader accused Haiti of violating a 1929 treaty by allowing the construction of the canal on the Massacre River.",
    "Santo Domingo has demanded that the work be halted.",
]
H2 = [
    "Haiti's government said it had the \"sovereign right\" to use the river's water and called the closure \"disproportionate.\"",
    "Prime Minister Ariel Henry said work on the canal would continue.",
    "Hundreds of Haitians gathered at the border crossing in Ouanaminthe to protest against the closure.",
]
H3 = [
    "The Organization of American States urged both countries to resolve the dispute through dialogue.",
    "\"The border will remain closed for as long as necessary,\" Abinader told reporters.",
    "Haiti has been gripped by gang violence since the assassination of President Jovenel Moïse in 2021.",
]
T = paragraphs(H1, H2, H3)

ART6 = {
    "id": "hm52-en-02", "lang": "en", "url": None, "published": "2023-09-15",
    "title": "Dominican Republic shuts border with Haiti in canal dispute",
    "text": T,
    "events": [
        event("COERCE", DOM, HTI, H1[0], mode="restrict", date="2023-09-15"),
        event("SANCTION", ABINADER, HTI, H1[1], mode="discontinue"),
        event("MOBILIZE", ABINADER, None, H1[1], mode="troops"),
        event("ACCUSE", ABINADER, HTI, H1[2], mode="allege"),
        event("REQUEST", DOM, HTI, H1[3], mode="change"),
        event("ACCUSE", HTI, DOM, H2[0], mode="disapprove"),
        event("REJECT", actor("Ariel Henry", "HTI", "GOV"), DOM, H2[1], mode="change"),
        event("PROTEST", actor("Haitian protesters", "HTI", "CVL"), DOM, H2[2], mode="demo",
              location="Ouanaminthe", location_country="HTI"),
        event("REQUEST", OAS, DOM, H3[0], mode="meet"),
        event("REQUEST", OAS, HTI, H3[0], mode="meet"),
    ],
    "quotes": [
        quote("that the work be halted", "Dominican Republic", "indirect"),
        quote("it had the \"sovereign right\" to use the river's water", "Government of Haiti", "indirect"),
        quote("sovereign right", "Government of Haiti", "direct"),
        quote("disproportionate", "Government of Haiti", "direct"),
        quote("work on the canal would continue", "Ariel Henry", "indirect"),
        quote("The border will remain closed for as long as necessary", "Luis Abinader", "direct"),
    ],
    "entities": [
        entity("Dominican Republic", "GPE", "DOM", ["The Dominican Republic", "Santo Domingo"]),
        entity("Haiti", "GPE", "HTI", ["Haiti"]),
        entity("Luis Abinader", "PER", "DOM", ["President Luis Abinader", "Abinader"]),
        entity("Massacre River", "LOC", None, ["a shared river", "the Massacre River"]),
        entity("Government of Haiti", "ORG", "HTI", ["Haiti's government"]),
        entity("Ariel Henry", "PER", "HTI", ["Prime Minister Ariel Henry"]),
        entity("Ouanaminthe", "LOC", "HTI", ["Ouanaminthe"]),
        entity("Organization of American States", "ORG", "IGO", ["The Organization of American States"]),
        entity("Jovenel Moïse", "PER", "HTI", ["President Jovenel Moïse"]),
    ],
}

ARTICLES = [ART1, ART2, ART3, ART4, ART5, ART6]
