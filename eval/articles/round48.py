"""Round 48: six blind hand-made articles (4 German, 2 English), written without running the
pipeline and without reading the rule code or other rounds' sources.

Stories:
- hm48-de-01: Israeli air strikes on Hodeidah after the Houthi drone attack on Tel Aviv (July 2024)
- hm48-de-02: UK-France "one in, one out" migrant pilot at the end of Macron's state visit (July 2025)
- hm48-de-03: South Korean investigators arrest the suspended president Yoon Suk Yeol (January 2025)
- hm48-de-04: Nigeria's #EndBadGovernance protests, curfew in Kano and arrests in Lagos (August 2024)
- hm48-en-01: U.S. visa restrictions on Thai officials over the deportation of Uyghurs to China (March 2025)
- hm48-en-02: Trump pauses tariffs on Mexico after Sheinbaum pledges National Guard troops (February 2025)
"""
from annotate import actor, entity, event, paragraphs, quote

ARTICLES = []

# ---------------------------------------------------------------- hm48-de-01 (Israel / Houthis)
HOUTHIS = actor("Houthis", "YEM", "REB")
ISR = actor("Israel", "ISR", "GOV")
SAREE = actor("Yahya Saree", "YEM", "REB")
GUTERRES = actor("António Guterres", "UNO", "IGO")

S1 = ("Israels Luftwaffe hat am Samstag Ziele in der von den Huthis kontrollierten Hafenstadt Hodeida im Jemen "
      "angegriffen.")
S2 = ("Nach Angaben der Huthi-Behörden wurden mindestens drei Menschen getötet und Dutzende verletzt, als "
      "Treibstofflager in Brand gerieten.")
S3 = "Am Freitag hatte eine Drohne der Miliz in Tel Aviv ein Wohnhaus getroffen und einen Mann getötet."
S4 = "Wer Israel angreife, werde einen »hohen Preis« zahlen, sagte Verteidigungsminister Joav Gallant."
S5 = "Huthi-Sprecher Jahja Saree kündigte Vergeltung an."
S6 = "Die Angriffe auf Tel Aviv würden fortgesetzt, so Saree."
S7 = "Israels Armee versetzte daraufhin die Luftabwehr in erhöhte Bereitschaft."
S8 = "Die Huthis greifen seit November Schiffe im Roten Meer an, die sie mit Israel in Verbindung bringen."
S9 = "UN-Generalsekretär António Guterres rief beide Seiten zu »maximaler Zurückhaltung« auf."
S10 = ("Der Sprecher des iranischen Außenministeriums, Nasser Kanaani, verurteilte den israelischen Angriff als "
       "»gefährliche Eskalation«.")

ARTICLES.append({
    "id": "hm48-de-01", "lang": "de", "url": None, "published": "2024-07-20",
    "title": "Israel greift Hafen von Hodeida an",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9, S10]),
    "events": [
        event("ASSAULT", actor("Israeli Air Force", "ISR", "MIL"), HOUTHIS, S1, mode="aerial", date="2024-07-20",
              location="Hodeidah", location_country="YEM"),
        event("ASSAULT", HOUTHIS, actor("Israeli civilians", "ISR", "CVL"), S3, mode="drone", date="2024-07-19",
              location="Tel Aviv", location_country="ISR"),
        event("THREATEN", actor("Yoav Gallant", "ISR", "GOV"), HOUTHIS, S4, mode="violence"),
        event("THREATEN", SAREE, ISR, S5, mode="violence"),
        event("THREATEN", SAREE, ISR, S6, mode="violence"),
        event("MOBILIZE", actor("Israel Defense Forces", "ISR", "MIL"), None, S7, mode="weapons"),
        event("REQUEST", GUTERRES, ISR, S9),
        event("REQUEST", GUTERRES, HOUTHIS, S9),
        event("ACCUSE", actor("Nasser Kanaani", "IRN", "GOV"), ISR, S10, mode="disapprove"),
    ],
    "quotes": [
        quote("wurden mindestens drei Menschen getötet und Dutzende verletzt, als Treibstofflager in Brand gerieten",
              "Houthi authorities", "indirect"),
        quote("hohen Preis", "Yoav Gallant", "direct"),
        quote("Wer Israel angreife, werde einen »hohen Preis« zahlen", "Yoav Gallant", "indirect"),
        quote("Die Angriffe auf Tel Aviv würden fortgesetzt", "Yahya Saree", "indirect"),
        quote("maximaler Zurückhaltung", "António Guterres", "direct"),
        quote("gefährliche Eskalation", "Nasser Kanaani", "direct"),
    ],
    "entities": [
        entity("Israel", "GPE", "ISR", ["Israels", "Israel"]),
        entity("Israeli Air Force", "ORG", "ISR", ["Israels Luftwaffe"]),
        entity("Houthis", "ORG", "YEM", ["den Huthis", "der Miliz", "Die Huthis", "sie"]),
        entity("Hodeidah", "LOC", "YEM", ["Hafenstadt Hodeida", "Hodeida"]),
        entity("Yemen", "GPE", "YEM", ["Jemen"]),
        entity("Houthi authorities", "ORG", "YEM", ["der Huthi-Behörden"]),
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
        entity("Yoav Gallant", "PER", "ISR", ["Verteidigungsminister Joav Gallant"]),
        entity("Yahya Saree", "PER", "YEM", ["Huthi-Sprecher Jahja Saree", "Saree"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Israels Armee"]),
        entity("Red Sea", "LOC", None, ["Roten Meer"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("Nasser Kanaani", "PER", "IRN", ["Der Sprecher des iranischen Außenministeriums, Nasser Kanaani"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["des iranischen Außenministeriums"]),
    ],
})

# ---------------------------------------------------------------- hm48-de-02 (UK / France)
GBR = actor("United Kingdom", "GBR", "GOV")
FRA = actor("France", "FRA", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
STARMER = actor("Keir Starmer", "GBR", "GOV")

S1 = ("Großbritannien und Frankreich haben sich am Donnerstag in London auf ein Pilotprojekt zur Rückführung von "
      "Migranten geeinigt, die in kleinen Booten über den Ärmelkanal kommen.")
S2 = ("Premierminister Keir Starmer und Präsident Emmanuel Macron stellten die Vereinbarung zum Abschluss von "
      "Macrons dreitägigem Staatsbesuch vor.")
S3 = ("Demnach darf London Migranten nach Frankreich zurückschicken, muss aber im Gegenzug ebenso viele "
      "Asylsuchende mit Verbindungen nach Großbritannien aufnehmen.")
S4 = "„Wir zeigen heute“, sagte Starmer, „dass wir das Geschäftsmodell der Schleuser gemeinsam zerschlagen können.“"
S5 = "Macron räumte ein, dass Frankreich mehr tun müsse, um Abfahrten von seinen Stränden zu verhindern."
S6 = "Er sagte zu, die französische Polizei werde künftig auch Boote im flachen Wasser stoppen."
S7 = "London finanziert bereits seit 2023 zusätzliche Polizeistreifen an der französischen Küste."
S8 = "Britische und französische Grenzbeamte arbeiten zudem in einem gemeinsamen Lagezentrum zusammen."
S9 = "Reform-UK-Chef Nigel Farage nannte das Abkommen eine »Demütigung« für Großbritannien."
S10 = "Die konservative Opposition forderte Starmer auf, das Abkommen dem Parlament zur Abstimmung vorzulegen."

ARTICLES.append({
    "id": "hm48-de-02", "lang": "de", "url": None, "published": "2025-07-10",
    "title": "London und Paris einigen sich auf Rückführungsabkommen",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9, S10]),
    "events": [
        event("AGREE", GBR, FRA, S1, date="2025-07-10", location="London", location_country="GBR"),
        event("CONSULT", MACRON, STARMER, S2, mode="visit"),
        event("CONCEDE", MACRON, GBR, S5),
        event("AGREE", MACRON, GBR, S6),
        event("AID", GBR, FRA, S7),
        event("COOPERATE", actor("British border officials", "GBR", "COP"), actor("French border officials", "FRA", "COP"),
              S8),
        event("ACCUSE", actor("Nigel Farage", "GBR", "OPP"), STARMER, S9, mode="disapprove"),
        event("REQUEST", actor("Conservative Party", "GBR", "PTY"), STARMER, S10),
    ],
    "quotes": [
        quote("Wir zeigen heute", "Keir Starmer", "direct"),
        quote("dass wir das Geschäftsmodell der Schleuser gemeinsam zerschlagen können", "Keir Starmer", "direct"),
        quote("dass Frankreich mehr tun müsse, um Abfahrten von seinen Stränden zu verhindern", "Emmanuel Macron",
              "indirect"),
        quote("die französische Polizei werde künftig auch Boote im flachen Wasser stoppen", "Emmanuel Macron",
              "indirect"),
        quote("Demütigung", "Nigel Farage", "direct"),
    ],
    "entities": [
        entity("United Kingdom", "GPE", "GBR", ["Großbritannien", "London"]),
        entity("France", "GPE", "FRA", ["Frankreich"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("English Channel", "LOC", None, ["den Ärmelkanal"]),
        entity("Keir Starmer", "PER", "GBR", ["Premierminister Keir Starmer", "Starmer"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron", "Macrons", "Macron", "Er"]),
        entity("French police", "ORG", "FRA", ["die französische Polizei"]),
        entity("British border officials", "PER", "GBR", ["Britische und französische Grenzbeamte"]),
        entity("French border officials", "PER", "FRA", ["Britische und französische Grenzbeamte"]),
        entity("Nigel Farage", "PER", "GBR", ["Reform-UK-Chef Nigel Farage"]),
        entity("Reform UK", "ORG", "GBR", ["Reform-UK"]),
        entity("Conservative Party", "ORG", "GBR", ["Die konservative Opposition"]),
        entity("Parliament of the United Kingdom", "ORG", "GBR", ["dem Parlament"]),
    ],
})

# ---------------------------------------------------------------- hm48-de-03 (South Korea)
CIO = actor("Corruption Investigation Office for High-ranking Officials", "KOR", "JUD")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
CHOI = actor("Choi Sang-mok", "KOR", "GOV")

S1 = ("Ermittler in Südkorea haben den suspendierten Präsidenten Yoon Suk Yeol am Mittwoch in seiner Residenz in "
      "Seoul festgenommen.")
S2 = "Rund 3000 Polizisten waren am frühen Morgen im Einsatz, um den Zugang zu dem Anwesen freizumachen."
S3 = "Bei einem ersten Versuch Anfang Januar hatte der Präsidentenschutzdienst den Ermittlern den Zugang verweigert."
S4 = ("Yoon wird vorgeworfen, mit der kurzzeitigen Verhängung des Kriegsrechts im Dezember einen Aufstand "
      "angezettelt zu haben.")
S5 = "In einer Videobotschaft sagte er, er erkenne die Ermittlungen nicht an, wolle aber »Blutvergießen verhindern«."
S6 = "Seine Anwälte nannten den Haftbefehl »illegal«."
S7 = "Vor der Residenz protestierten Tausende Anhänger Yoons gegen die Festnahme."
S8 = "Die Demokratische Partei begrüßte die Festnahme als »Wiederherstellung der Rechtsordnung«."
S9 = ("Übergangspräsident Choi Sang Mok rief beide Lager zur Mäßigung auf: „Gewalt hat in unserer Demokratie "
      "keinen Platz.“")

ARTICLES.append({
    "id": "hm48-de-03", "lang": "de", "url": None, "published": "2025-01-15",
    "title": "Südkoreas suspendierter Präsident Yoon festgenommen",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9]),
    "events": [
        event("COERCE", CIO, YOON, S1, mode="arrest", date="2025-01-15", location="Seoul", location_country="KOR"),
        event("MOBILIZE", actor("South Korean police", "KOR", "COP"), None, S2, mode="police", date="2025-01-15",
              location="Seoul", location_country="KOR"),
        event("REJECT", actor("Presidential Security Service", "KOR", "GOV"), CIO, S3, mode="yield"),
        event("ACCUSE", CIO, YOON, S4, mode="allege"),
        event("REJECT", YOON, CIO, S5, mode="yield"),
        event("ACCUSE", actor("lawyers of Yoon Suk Yeol", "KOR", "CVL"), CIO, S6, mode="disapprove"),
        event("PROTEST", actor("supporters of Yoon Suk Yeol", "KOR", "CVL"), CIO, S7, mode="demo",
              date="2025-01-15", location="Seoul", location_country="KOR"),
        event("SUPPORT", actor("Democratic Party of Korea", "KOR", "PTY"), CIO, S8),
        event("REQUEST", CHOI, actor("supporters of Yoon Suk Yeol", "KOR", "CVL"), S9),
        event("REQUEST", CHOI, actor("Democratic Party of Korea", "KOR", "PTY"), S9),
    ],
    "quotes": [
        quote("mit der kurzzeitigen Verhängung des Kriegsrechts im Dezember einen Aufstand angezettelt zu haben",
              "Corruption Investigation Office for High-ranking Officials", "indirect"),
        quote("Blutvergießen verhindern", "Yoon Suk Yeol", "direct"),
        quote("er erkenne die Ermittlungen nicht an, wolle aber »Blutvergießen verhindern«", "Yoon Suk Yeol",
              "indirect"),
        quote("illegal", "lawyers of Yoon Suk Yeol", "direct"),
        quote("Wiederherstellung der Rechtsordnung", "Democratic Party of Korea", "direct"),
        quote("Gewalt hat in unserer Demokratie keinen Platz", "Choi Sang-mok", "direct"),
    ],
    "entities": [
        entity("Corruption Investigation Office for High-ranking Officials", "ORG", "KOR",
               ["Ermittler in Südkorea", "den Ermittlern"]),
        entity("South Korea", "GPE", "KOR", ["Südkorea"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["den suspendierten Präsidenten Yoon Suk Yeol", "Yoon", "er",
                                                "Yoons", "Seine"]),
        entity("Hannam-dong presidential residence", "LOC", "KOR", ["seiner Residenz in Seoul", "dem Anwesen",
                                                                     "der Residenz"]),
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("South Korean police", "ORG", "KOR", ["Rund 3000 Polizisten"]),
        entity("Presidential Security Service", "ORG", "KOR", ["der Präsidentenschutzdienst"]),
        entity("lawyers of Yoon Suk Yeol", "PER", "KOR", ["Seine Anwälte"]),
        entity("supporters of Yoon Suk Yeol", "ORG", "KOR", ["Tausende Anhänger Yoons"]),
        entity("Democratic Party of Korea", "ORG", "KOR", ["Die Demokratische Partei"]),
        entity("Choi Sang-mok", "PER", "KOR", ["Übergangspräsident Choi Sang Mok"]),
    ],
})

# ---------------------------------------------------------------- hm48-de-04 (Nigeria)
POLICE = actor("Nigeria Police Force", "NGA", "COP")
PROTESTERS = actor("EndBadGovernance protesters", "NGA", "CVL")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")

S1 = ("Sicherheitskräfte haben bei Protesten gegen die hohen Lebenshaltungskosten in Nigeria mindestens 13 "
      "Menschen getötet, teilte Amnesty International am Freitag mit.")
S2 = "Die Polizei setzte am Donnerstag in der Hauptstadt Abuja Tränengas gegen Demonstranten ein."
S3 = "In Kano verhängte der Gouverneur eine 24-stündige Ausgangssperre, nachdem es zu Plünderungen gekommen war."
S4 = ("Die Demonstranten, die sich unter dem Motto »EndBadGovernance« organisieren, fordern unter anderem die "
      "Wiedereinführung der Benzinsubventionen.")
S5 = "Präsident Bola Tinubu hatte die Organisatoren vor Beginn der Kundgebungen zum Dialog eingeladen."
S6 = "Diese lehnten ab."
S7 = "Polizeichef Kayode Egbetokun warnte, man werde »Anarchie« nicht tolerieren."
S8 = "In Lagos nahm die Polizei Dutzende Demonstranten fest, was der Gewerkschaftsbund NLC scharf verurteilte."
S9 = "Einen Teil der Festgenommenen ließ sie am Freitag wieder frei."
S10 = "Die Armee entsandte zudem Soldaten nach Kano, um die Polizei zu unterstützen."

ARTICLES.append({
    "id": "hm48-de-04", "lang": "de", "url": None, "published": "2024-08-02",
    "title": "Tote bei Protesten gegen hohe Preise in Nigeria",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9, S10]),
    "events": [
        event("ACCUSE", actor("Amnesty International", "NGO", "NGO"), actor("Nigerian security forces", "NGA", "COP"),
              S1, mode="allege", date="2024-08-02"),
        event("ASSAULT", POLICE, PROTESTERS, S2, mode="crowd-control", date="2024-08-01", location="Abuja",
              location_country="NGA"),
        event("COERCE", actor("Abba Kabir Yusuf", "NGA", "GOV"), None, S3, mode="curfew", location="Kano",
              location_country="NGA"),
        event("PROTEST", PROTESTERS, actor("Government of Nigeria", "NGA", "GOV"), S4, mode="demo"),
        event("AGREE", TINUBU, actor("organisers of the EndBadGovernance protests", "NGA", "CVL"), S5),
        event("REJECT", actor("organisers of the EndBadGovernance protests", "NGA", "CVL"), TINUBU, S6, mode="meet"),
        event("THREATEN", actor("Kayode Egbetokun", "NGA", "COP"), PROTESTERS, S7),
        event("COERCE", POLICE, PROTESTERS, S8, mode="arrest", location="Lagos", location_country="NGA"),
        event("ACCUSE", actor("Nigeria Labour Congress (NLC)", "NGA", "LAB"), POLICE, S8, mode="disapprove"),
        event("RETREAT", POLICE, PROTESTERS, S9, mode="release", date="2024-08-02", location="Lagos",
              location_country="NGA"),
        event("MOBILIZE", actor("Nigerian Army", "NGA", "MIL"), None, S10, mode="troops", location="Kano",
              location_country="NGA"),
    ],
    "quotes": [
        quote("Sicherheitskräfte haben bei Protesten gegen die hohen Lebenshaltungskosten in Nigeria mindestens 13 "
              "Menschen getötet", "Amnesty International", "indirect"),
        quote("EndBadGovernance", "EndBadGovernance protesters", "direct"),
        quote("Anarchie", "Kayode Egbetokun", "direct"),
        quote("man werde »Anarchie« nicht tolerieren", "Kayode Egbetokun", "indirect"),
    ],
    "entities": [
        entity("Nigerian security forces", "ORG", "NGA", ["Sicherheitskräfte"]),
        entity("Nigeria", "GPE", "NGA", ["Nigeria"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Nigeria Police Force", "ORG", "NGA", ["Die Polizei", "die Polizei", "sie"]),
        entity("Abuja", "LOC", "NGA", ["der Hauptstadt Abuja"]),
        entity("EndBadGovernance protesters", "ORG", "NGA", ["Demonstranten", "Die Demonstranten",
                                                              "Dutzende Demonstranten", "der Festgenommenen"]),
        entity("Kano", "LOC", "NGA", ["Kano"]),
        entity("Abba Kabir Yusuf", "PER", "NGA", ["der Gouverneur"]),
        entity("Bola Tinubu", "PER", "NGA", ["Präsident Bola Tinubu"]),
        entity("organisers of the EndBadGovernance protests", "PER", "NGA", ["die Organisatoren", "Diese"]),
        entity("Kayode Egbetokun", "PER", "NGA", ["Polizeichef Kayode Egbetokun"]),
        entity("Lagos", "LOC", "NGA", ["Lagos"]),
        entity("Nigeria Labour Congress (NLC)", "ORG", "NGA", ["der Gewerkschaftsbund NLC"]),
        entity("Nigerian Army", "ORG", "NGA", ["Die Armee"]),
    ],
})

# ---------------------------------------------------------------- hm48-en-01 (Thailand / Uyghurs)
THA = actor("Thailand", "THA", "GOV")
USA = actor("United States", "USA", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")

S1 = ("The United States on Friday imposed visa restrictions on Thai officials responsible for last month’s "
      "deportation of 40 Uyghurs to China, Secretary of State Marco Rubio said.")
S2 = ("Thai authorities flew the men to Xinjiang in late February after holding them in immigration detention for "
      "more than a decade.")
S3 = "“Thailand’s forced return of Uyghurs runs counter to its international obligations,” Rubio said in a statement."
S4 = "Bangkok rejected the criticism, saying it had acted in accordance with Thai law."
S5 = ("Deputy Prime Minister Phumtham Wechayachai said a Thai delegation would travel to Xinjiang next week to "
      "check on the men.")
S6 = "China’s foreign ministry accused Washington of “politicizing” the case."
S7 = "On Thursday, the European Parliament passed a resolution condemning the deportation."
S8 = "U.N. human rights chief Volker Türk had urged Bangkok to halt the deportation before the flight."
S9 = "Thailand has not summoned the U.S. ambassador, a foreign ministry spokesman said."

ARTICLES.append({
    "id": "hm48-en-01", "lang": "en", "url": None, "published": "2025-03-14",
    "title": "U.S. imposes visa curbs on Thai officials over Uyghur deportations",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9]),
    "events": [
        event("SANCTION", USA, actor("Thai officials", "THA", "GOV"), S1, date="2025-03-14"),
        event("COERCE", THA, actor("Uyghur detainees", "CHN", "CVL"), S2, mode="deport"),
        event("ACCUSE", RUBIO, THA, S3, mode="disapprove"),
        event("AGREE", actor("Phumtham Wechayachai", "THA", "GOV"), actor("China", "CHN", "GOV"), S5),
        event("ACCUSE", actor("Ministry of Foreign Affairs of China", "CHN", "GOV"), USA, S6, mode="disapprove"),
        event("ACCUSE", actor("European Parliament", "EUR", "LEG"), THA, S7, mode="disapprove", date="2025-03-13"),
        event("REQUEST", actor("Volker Türk", "UNO", "IGO"), THA, S8, mode="change"),
        event("ACCUSE", THA, USA, S9, mode="disapprove", negated=True),
    ],
    "quotes": [
        quote("The United States on Friday imposed visa restrictions on Thai officials responsible for last month’s "
              "deportation of 40 Uyghurs to China", "Marco Rubio", "indirect"),
        quote("Thailand’s forced return of Uyghurs runs counter to its international obligations", "Marco Rubio",
              "direct"),
        quote("it had acted in accordance with Thai law", "Government of Thailand", "indirect"),
        quote("a Thai delegation would travel to Xinjiang next week to check on the men", "Phumtham Wechayachai",
              "indirect"),
        quote("politicizing", "Ministry of Foreign Affairs of China", "direct"),
        quote("Thailand has not summoned the U.S. ambassador", "Thai foreign ministry spokesman", "indirect"),
    ],
    "entities": [
        entity("United States", "GPE", "USA", ["The United States", "Washington", "U.S."]),
        entity("Thai officials", "PER", "THA", ["Thai officials"]),
        entity("Uyghur detainees", "PER", "CHN", ["40 Uyghurs", "the men"]),
        entity("China", "GPE", "CHN", ["China", "China’s"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio", "Rubio"]),
        entity("Thailand", "GPE", "THA", ["Thai authorities", "Thailand’s", "Bangkok", "it", "Thailand"]),
        entity("Xinjiang", "LOC", "CHN", ["Xinjiang"]),
        entity("Phumtham Wechayachai", "PER", "THA", ["Deputy Prime Minister Phumtham Wechayachai"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China’s foreign ministry"]),
        entity("European Parliament", "ORG", "EUR", ["the European Parliament"]),
        entity("Volker Türk", "PER", "UNO", ["U.N. human rights chief Volker Türk"]),
        entity("Thai foreign ministry spokesman", "PER", "THA", ["a foreign ministry spokesman"]),
        entity("U.S. ambassador to Thailand", "PER", "USA", ["the U.S. ambassador"]),
    ],
})

# ---------------------------------------------------------------- hm48-en-02 (Mexico / U.S. tariffs)
TRUMP = actor("Donald Trump", "USA", "GOV")
SHEIN = actor("Claudia Sheinbaum", "MEX", "GOV")
MEX = actor("Mexico", "MEX", "GOV")

S1 = ("U.S. President Donald Trump on Monday agreed to pause planned 25% tariffs on Mexican goods for a month after "
      "Mexican President Claudia Sheinbaum pledged to send 10,000 National Guard troops to the border.")
S2 = "The two leaders spoke by phone on Monday morning in what Sheinbaum called a “good conversation.”"
S3 = "Washington also committed to curbing the trafficking of high-powered weapons into Mexico, she said."
S4 = "Trump had ordered the tariffs on Saturday, accusing Mexico of allowing drug cartels to operate freely."
S5 = ("Sheinbaum rejected the accusation as “slander” and ordered her economy minister to prepare retaliatory "
      "tariffs.")
S6 = ("Canada, which faces similar levies, said it would hit back with duties on U.S. goods worth 155 billion "
      "Canadian dollars.")
S7 = ("The first Mexican troops began arriving in the border city of Tijuana on Tuesday, a Defense Ministry "
      "official told Reuters.")
S8 = ("Security officials from both countries will meet in Washington later this month to coordinate measures "
      "against the cartels, the Mexican foreign ministry said.")

ARTICLES.append({
    "id": "hm48-en-02", "lang": "en", "url": None, "published": "2025-02-04",
    "title": "Trump pauses Mexico tariffs after Sheinbaum pledges border troops",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8]),
    "events": [
        event("CONCEDE", TRUMP, MEX, S1, date="2025-02-03"),
        event("AGREE", SHEIN, actor("United States", "USA", "GOV"), S1, date="2025-02-03"),
        event("CONSULT", TRUMP, SHEIN, S2, mode="phone", date="2025-02-03"),
        event("AGREE", actor("United States", "USA", "GOV"), MEX, S3),
        event("SANCTION", TRUMP, MEX, S4, mode="discontinue", date="2025-02-01"),
        event("ACCUSE", TRUMP, MEX, S4, mode="allege"),
        event("THREATEN", SHEIN, actor("United States", "USA", "GOV"), S5),
        event("THREATEN", actor("Canada", "CAN", "GOV"), actor("United States", "USA", "GOV"), S6),
        event("MOBILIZE", actor("National Guard of Mexico", "MEX", "MIL"), None, S7, mode="troops",
              date="2025-02-04", location="Tijuana", location_country="MEX"),
        event("AGREE", MEX, actor("United States", "USA", "GOV"), S8, location="Washington",
              location_country="USA"),
    ],
    "quotes": [
        quote("good conversation", "Claudia Sheinbaum", "direct"),
        quote("Washington also committed to curbing the trafficking of high-powered weapons into Mexico",
              "Claudia Sheinbaum", "indirect"),
        quote("slander", "Claudia Sheinbaum", "direct"),
        quote("it would hit back with duties on U.S. goods worth 155 billion Canadian dollars", "Government of Canada",
              "indirect"),
        quote("The first Mexican troops began arriving in the border city of Tijuana on Tuesday",
              "Mexican Defense Ministry official", "indirect"),
        quote("Security officials from both countries will meet in Washington later this month to coordinate "
              "measures against the cartels", "Ministry of Foreign Affairs of Mexico", "indirect"),
    ],
    "entities": [
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Trump"]),
        entity("United States", "GPE", "USA", ["U.S.", "Washington"]),
        entity("Mexico", "GPE", "MEX", ["Mexican", "Mexico"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexican President Claudia Sheinbaum", "Sheinbaum", "she",
                                                    "her"]),
        entity("National Guard of Mexico", "ORG", "MEX", ["10,000 National Guard troops",
                                                           "The first Mexican troops"]),
        entity("Secretary of Economy of Mexico", "PER", "MEX", ["her economy minister"]),
        entity("Canada", "GPE", "CAN", ["Canada", "it"]),
        entity("Tijuana", "LOC", "MEX", ["the border city of Tijuana"]),
        entity("Mexican Defense Ministry official", "PER", "MEX", ["a Defense Ministry official"]),
        entity("Reuters", "ORG", "GBR", ["Reuters"]),
        entity("Ministry of Foreign Affairs of Mexico", "ORG", "MEX", ["the Mexican foreign ministry"]),
        entity("drug cartels", "ORG", "MEX", ["drug cartels", "the cartels"]),
    ],
})
