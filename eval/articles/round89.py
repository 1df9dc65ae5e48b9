"""Round 89: six blind hand-made articles (4 German, 2 English), written 2026-11-30.

Invented but plausible wire-style reports, 2023-2025:
  hm89-de-01  the Kakhovka dam destroyed, Kyiv and Moscow blame each other (2023-06-06)
  hm89-de-02  Germany bans the far-right magazine Compact, raids in four states (2024-07-16)
  hm89-de-03  North Korean artillery fire near Yeonpyeong, South Korean drills (2024-01-05)
  hm89-de-04  mob attacks on foreign students in Bishkek, Pakistan summons the Kyrgyz envoy (2024-05-18)
  hm89-en-01  the US and China agree in Geneva to cut tariffs for 90 days (2025-05-12)
  hm89-en-02  a mob storms Makhachkala airport looking for Israelis (2023-10-30)
"""
from annotate import actor, entity, event, paragraphs, quote

# --- hm89-de-01: Kakhovka dam -------------------------------------------------------------
D1_1 = ("Nach der Zerstörung des Kachowka-Staudamms im Süden der Ukraine haben sich Kiew und Moskau am "
        "Dienstag gegenseitig die Schuld an der Flutkatastrophe gegeben.")
D1_2 = "Präsident Wolodymyr Selenskyj warf russischen Truppen vor, den Damm in der Nacht von innen gesprengt zu haben."
D1_3 = "Er berief den Nationalen Sicherheitsrat ein und beantragte eine Dringlichkeitssitzung des UN-Sicherheitsrats."
D1_4 = "Kremlsprecher Dmitri Peskow sprach dagegen von »vorsätzlicher Sabotage« der ukrainischen Seite."
D1_5 = "Aus rund 80 Ortschaften am Unterlauf des Dnipro mussten Tausende Menschen in Sicherheit gebracht werden."
D1_6 = ("Russische Artillerie beschoss am Nachmittag dennoch das Zentrum von Cherson, wo Helfer Anwohner aus "
        "überfluteten Straßen holten.")
D1_7 = ("Die Vereinten Nationen sagten Kiew humanitäre Hilfe zu, die EU schickte bereits Wasserfilter und "
        "Stromgeneratoren.")
D1_8 = "UN-Generalsekretär António Guterres nannte die Zerstörung „eine weitere verheerende Folge der russischen Invasion“."
D1_9 = "Moskau wies jede Verantwortung zurück."
D1_10 = "Kiew wolle damit von seiner ins Stocken geratenen Gegenoffensive ablenken, sagte Peskow."

UKR = actor("Ukraine", "UKR", "GOV")
RUS = actor("Russia", "RUS", "GOV")
ZEL = actor("Volodymyr Zelensky", "UKR", "GOV")
PES = actor("Dmitry Peskov", "RUS", "GOV")
RUS_MIL = actor("Russian Armed Forces", "RUS", "MIL")

DE01 = {
    "id": "hm89-de-01", "lang": "de", "url": None, "published": "2023-06-06",
    "title": "Kachowka-Staudamm zerstört: Kiew und Moskau weisen sich die Schuld zu",
    "text": paragraphs([D1_1, D1_2, D1_3, D1_4], [D1_5, D1_6, D1_7], [D1_8, D1_9, D1_10]),
    "events": [
        event("ACCUSE", UKR, RUS, D1_1, mode="allege", date="2023-06-06"),
        event("ACCUSE", RUS, UKR, D1_1, mode="allege", date="2023-06-06"),
        event("ACCUSE", ZEL, RUS_MIL, D1_2, mode="allege"),
        event("REQUEST", ZEL, actor("UN Security Council", "UNO", "IGO"), D1_3, mode="meet"),
        event("ACCUSE", PES, UKR, D1_4, mode="allege"),
        event("ASSAULT", RUS_MIL, actor("Civilians in Kherson", "UKR", "CVL"), D1_6, mode="heavy-weapons",
              date="2023-06-06", location="Kherson", location_country="UKR"),
        event("AGREE", actor("United Nations", "UNO", "IGO"), UKR, D1_7),
        event("AID", actor("European Union", "EUR", "IGO"), UKR, D1_7),
        event("ACCUSE", actor("António Guterres", "UNO", "IGO"), RUS, D1_8, mode="disapprove"),
        event("ACCUSE", PES, UKR, D1_10, mode="allege"),
    ],
    "quotes": [
        quote("den Damm in der Nacht von innen gesprengt zu haben", "Volodymyr Zelensky", "indirect"),
        quote("vorsätzlicher Sabotage", "Dmitry Peskov", "direct"),
        quote("eine weitere verheerende Folge der russischen Invasion", "António Guterres", "direct"),
        quote("Kiew wolle damit von seiner ins Stocken geratenen Gegenoffensive ablenken", "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Kakhovka Dam", "LOC", "UKR", ["Kachowka-Staudamms", "den Damm"]),
        entity("Ukraine", "GPE", "UKR", ["der Ukraine", "Kiew"]),
        entity("Russia", "GPE", "RUS", ["Moskau"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "Er"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["russischen Truppen", "Russische Artillerie"]),
        entity("National Security and Defense Council of Ukraine", "ORG", "UKR", ["den Nationalen Sicherheitsrat"]),
        entity("UN Security Council", "ORG", "UNO", ["UN-Sicherheitsrats"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow", "Peskow"]),
        entity("Dnipro", "LOC", "UKR", ["Dnipro"]),
        entity("Kherson", "LOC", "UKR", ["Cherson"]),
        entity("United Nations", "ORG", "UNO", ["Die Vereinten Nationen"]),
        entity("European Union", "ORG", "EUR", ["die EU"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
    ],
}

# --- hm89-de-02: Compact ban ----------------------------------------------------------------
D2_1 = "Bundesinnenministerin Nancy Faeser hat das rechtsextreme Magazin »Compact« verboten."
D2_2 = ("Polizisten durchsuchten am frühen Dienstagmorgen Räume des Verlags sowie Wohnungen führender Mitarbeiter "
        "in Brandenburg, Hessen, Sachsen und Sachsen-Anhalt.")
D2_3 = ("Das Heft hetze „auf unsägliche Weise gegen Jüdinnen und Juden, gegen Menschen mit Migrationsgeschichte "
        "und gegen unsere parlamentarische Demokratie“, erklärte die SPD-Politikerin.")
D2_4 = "Nach Angaben des Ministeriums wurden Vermögenswerte, Datenträger und Bargeld beschlagnahmt."
D2_5 = "Chefredakteur Jürgen Elsässer kündigte an, vor dem Bundesverwaltungsgericht gegen das Verbot zu klagen."
D2_6 = "Es handle sich um einen „Anschlag auf die Pressefreiheit“, sagte er."
D2_7 = "Auch die AfD kritisierte die Entscheidung scharf, der Zentralrat der Juden in Deutschland begrüßte sie dagegen ausdrücklich."
D2_8 = ("Das Magazin erreichte zuletzt eine Druckauflage von rund 40.000 Exemplaren und betrieb zudem einen "
        "reichweitenstarken Videokanal.")
D2_9 = "Festnahmen gab es nach Angaben der Polizei nicht."

FAE = actor("Nancy Faeser", "DEU", "GOV")
COMPACT = actor("Compact", "DEU", "BUS")
DEU_POL = actor("German police", "DEU", "COP")
ELS = actor("Jürgen Elsässer", "DEU", "BUS")

DE02 = {
    "id": "hm89-de-02", "lang": "de", "url": None, "published": "2024-07-16",
    "title": "Faeser verbietet »Compact« – Razzien in vier Bundesländern",
    "text": paragraphs([D2_1, D2_2, D2_3], [D2_4, D2_5, D2_6], [D2_7, D2_8, D2_9]),
    "events": [
        event("COERCE", FAE, COMPACT, D2_1, mode="censor", date="2024-07-16"),
        event("COERCE", DEU_POL, COMPACT, D2_2, mode="seize", date="2024-07-16"),
        event("ACCUSE", FAE, COMPACT, D2_3, mode="disapprove"),
        event("COERCE", DEU_POL, COMPACT, D2_4, mode="seize"),
        event("ACCUSE", ELS, FAE, D2_5, mode="allege"),
        event("ACCUSE", ELS, FAE, D2_6, mode="disapprove"),
        event("ACCUSE", actor("Alternative for Germany", "DEU", "PTY"), FAE, D2_7, mode="disapprove"),
        event("SUPPORT", actor("Central Council of Jews in Germany", "DEU", "NGO"), FAE, D2_7),
        event("COERCE", DEU_POL, COMPACT, D2_9, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("auf unsägliche Weise gegen Jüdinnen und Juden, gegen Menschen mit Migrationsgeschichte und gegen "
              "unsere parlamentarische Demokratie", "Nancy Faeser", "direct"),
        quote("Das Heft hetze „auf unsägliche Weise gegen Jüdinnen und Juden, gegen Menschen mit "
              "Migrationsgeschichte und gegen unsere parlamentarische Demokratie“", "Nancy Faeser", "indirect"),
        quote("wurden Vermögenswerte, Datenträger und Bargeld beschlagnahmt", "Federal Ministry of the Interior",
              "indirect"),
        quote("Anschlag auf die Pressefreiheit", "Jürgen Elsässer", "direct"),
        quote("Es handle sich um einen „Anschlag auf die Pressefreiheit“", "Jürgen Elsässer", "indirect"),
        quote("Festnahmen gab es nach Angaben der Polizei nicht", "German police", "indirect"),
    ],
    "entities": [
        entity("Nancy Faeser", "PER", "DEU", ["Bundesinnenministerin Nancy Faeser", "die SPD-Politikerin"]),
        entity("Compact", "ORG", "DEU", ["Magazin »Compact«", "des Verlags", "Das Heft", "Das Magazin"]),
        entity("German police", "ORG", "DEU", ["Polizisten", "der Polizei"]),
        entity("Brandenburg", "LOC", "DEU", ["Brandenburg"]),
        entity("Hesse", "LOC", "DEU", ["Hessen"]),
        entity("Saxony", "LOC", "DEU", ["Sachsen"]),
        entity("Saxony-Anhalt", "LOC", "DEU", ["Sachsen-Anhalt"]),
        entity("Social Democratic Party of Germany", "ORG", "DEU", ["SPD"]),
        entity("Federal Ministry of the Interior", "ORG", "DEU", ["des Ministeriums"]),
        entity("Jürgen Elsässer", "PER", "DEU", ["Chefredakteur Jürgen Elsässer", "er"]),
        entity("Federal Administrative Court", "ORG", "DEU", ["Bundesverwaltungsgericht"]),
        entity("Alternative for Germany", "ORG", "DEU", ["die AfD"]),
        entity("Central Council of Jews in Germany", "ORG", "DEU", ["der Zentralrat der Juden"]),
    ],
}

# --- hm89-de-03: Yeonpyeong -----------------------------------------------------------------
D3_1 = ("Nordkorea hat am Freitag mehr als 200 Artilleriegranaten in Richtung der südkoreanischen Grenzinsel "
        "Yeonpyeong abgefeuert.")
D3_2 = ("Die Geschosse schlugen nach Angaben des Generalstabs in Seoul in der maritimen Pufferzone ein, Verletzte "
        "gab es nicht.")
D3_3 = "Die Behörden forderten die rund 2000 Bewohner der Insel auf, Schutzräume aufzusuchen."
D3_4 = ("Südkoreanische Marineinfanteristen hielten wenige Stunden später auf Yeonpyeong und Baengnyeong eigene "
        "Schießübungen ab.")
D3_5 = "Verteidigungsminister Shin Won-sik warf Pjöngjang eine »Provokation« vor, die den Frieden auf der Halbinsel bedrohe."
D3_6 = "Sollte der Norden erneut feuern, werde das Militär »vielfach stärker« zurückschlagen, sagte er."
D3_7 = ("Die nordkoreanische Armee erklärte, es habe sich um eine Übung als Antwort auf die »kriegstreiberischen« "
        "Manöver Südkoreas und der USA gehandelt.")
D3_8 = "Washington verurteilte den Beschuss und sagte Seoul erneut seinen Beistand zu."
D3_9 = "Die Spannungen auf der Halbinsel haben seit dem Zusammenbruch des Militärabkommens von 2018 deutlich zugenommen."

PRK = actor("North Korea", "PRK", "GOV")
KOR = actor("South Korea", "KOR", "GOV")
SHIN = actor("Shin Won-sik", "KOR", "GOV")
USA = actor("United States", "USA", "GOV")

DE03 = {
    "id": "hm89-de-03", "lang": "de", "url": None, "published": "2024-01-05",
    "title": "Nordkorea feuert Granaten nahe Grenzinsel – Südkorea antwortet mit Manöver",
    "text": paragraphs([D3_1, D3_2, D3_3], [D3_4, D3_5, D3_6], [D3_7, D3_8, D3_9]),
    "events": [
        event("MOBILIZE", actor("North Korea", "PRK", "MIL"), None, D3_1, mode="weapons", date="2024-01-05"),
        event("REQUEST", actor("South Korean authorities", "KOR", "GOV"),
              actor("Residents of Yeonpyeong", "KOR", "CVL"), D3_3),
        event("MOBILIZE", actor("Republic of Korea Marine Corps", "KOR", "MIL"), None, D3_4, mode="weapons",
              date="2024-01-05", location="Yeonpyeong", location_country="KOR"),
        event("ACCUSE", SHIN, PRK, D3_5, mode="disapprove"),
        event("THREATEN", SHIN, PRK, D3_6, mode="violence"),
        event("MOBILIZE", actor("Korean People's Army", "PRK", "MIL"), None, D3_7, mode="weapons"),
        event("ACCUSE", actor("Korean People's Army", "PRK", "MIL"), KOR, D3_7, mode="disapprove"),
        event("ACCUSE", actor("Korean People's Army", "PRK", "MIL"), USA, D3_7, mode="disapprove"),
        event("ACCUSE", USA, PRK, D3_8, mode="disapprove"),
        event("AGREE", USA, KOR, D3_8),
    ],
    "quotes": [
        quote("Die Geschosse schlugen nach Angaben des Generalstabs in Seoul in der maritimen Pufferzone ein, "
              "Verletzte gab es nicht", "Joint Chiefs of Staff of South Korea", "indirect"),
        quote("Provokation", "Shin Won-sik", "direct"),
        quote("vielfach stärker", "Shin Won-sik", "direct"),
        quote("Sollte der Norden erneut feuern, werde das Militär »vielfach stärker« zurückschlagen", "Shin Won-sik",
              "indirect"),
        quote("es habe sich um eine Übung als Antwort auf die »kriegstreiberischen« Manöver Südkoreas und der USA "
              "gehandelt", "Korean People's Army", "indirect"),
        quote("kriegstreiberischen", "Korean People's Army", "direct"),
    ],
    "entities": [
        entity("North Korea", "GPE", "PRK", ["Nordkorea", "Pjöngjang", "der Norden"]),
        entity("South Korea", "GPE", "KOR", ["Südkoreas", "Seoul"]),
        entity("Yeonpyeong", "LOC", "KOR", ["Grenzinsel Yeonpyeong", "der Insel", "Yeonpyeong"]),
        entity("Baengnyeong", "LOC", "KOR", ["Baengnyeong"]),
        entity("Joint Chiefs of Staff of South Korea", "ORG", "KOR", ["des Generalstabs in Seoul"]),
        entity("Republic of Korea Marine Corps", "ORG", "KOR", ["Südkoreanische Marineinfanteristen"]),
        entity("Shin Won-sik", "PER", "KOR", ["Verteidigungsminister Shin Won-sik", "er"]),
        entity("Korean People's Army", "ORG", "PRK", ["Die nordkoreanische Armee"]),
        entity("United States", "GPE", "USA", ["der USA", "Washington"]),
        entity("Korean Peninsula", "LOC", None, ["der Halbinsel"]),
    ],
}

# --- hm89-de-04: Bishkek --------------------------------------------------------------------
D4_1 = ("Nach nächtlichen Angriffen auf ausländische Studenten in der kirgisischen Hauptstadt Bischkek hat Pakistan "
        "am Samstag den kirgisischen Geschäftsträger einbestellt.")
D4_2 = ("Eine aufgebrachte Menge hatte in der Nacht mehrere Wohnheime gestürmt und Studenten aus Pakistan, Indien "
        "und Ägypten verprügelt.")
D4_3 = "Auslöser war nach Polizeiangaben eine Schlägerei zwischen Einheimischen und Ausländern am Montag."
D4_4 = "Die Polizei nahm drei mutmaßliche Rädelsführer fest und löste die Menge mit einem Großaufgebot auf."
D4_5 = ("Premierminister Shehbaz Sharif telefonierte mit dem kirgisischen Präsidenten Sadyr Dschaparow und bat um "
        "Schutz für die rund 10.000 pakistanischen Studenten im Land.")
D4_6 = "Dschaparow habe zugesichert, die Täter zur Rechenschaft zu ziehen, teilte Sharifs Büro mit."
D4_7 = ("Indiens Außenminister Subrahmanyam Jaishankar rief die indischen Studenten auf, vorerst in ihren "
        "Unterkünften zu bleiben.")
D4_8 = ("Das kirgisische Außenministerium sprach von „Falschmeldungen“ in sozialen Netzwerken und betonte, die Lage "
        "sei „vollständig unter Kontrolle“.")
D4_9 = "Ausländische Studierende seien in Kirgistan sicher, hieß es."

MOB = actor("Rioters in Bishkek", "KGZ", "CVL")
SHA = actor("Shehbaz Sharif", "PAK", "GOV")
JAP = actor("Sadyr Japarov", "KGZ", "GOV")

DE04 = {
    "id": "hm89-de-04", "lang": "de", "url": None, "published": "2024-05-18",
    "title": "Angriffe auf ausländische Studenten in Bischkek – Pakistan bestellt Diplomaten ein",
    "text": paragraphs([D4_1, D4_2, D4_3], [D4_4, D4_5, D4_6], [D4_7, D4_8, D4_9]),
    "events": [
        event("ACCUSE", actor("Pakistan", "PAK", "GOV"), actor("Kyrgyzstan", "KGZ", "GOV"), D4_1,
              mode="disapprove", date="2024-05-18"),
        event("ASSAULT", MOB, actor("Pakistani students", "PAK", "CVL"), D4_2, mode="beat",
              location="Bishkek", location_country="KGZ"),
        event("ASSAULT", MOB, actor("Indian students", "IND", "CVL"), D4_2, mode="beat",
              location="Bishkek", location_country="KGZ"),
        event("ASSAULT", MOB, actor("Egyptian students", "EGY", "CVL"), D4_2, mode="beat",
              location="Bishkek", location_country="KGZ"),
        event("COERCE", actor("Kyrgyz police", "KGZ", "COP"), MOB, D4_4, mode="arrest",
              location="Bishkek", location_country="KGZ"),
        event("CONSULT", SHA, JAP, D4_5, mode="phone"),
        event("REQUEST", SHA, JAP, D4_5),
        event("AGREE", JAP, SHA, D4_6),
        event("REQUEST", actor("Subrahmanyam Jaishankar", "IND", "GOV"), actor("Indian students", "IND", "CVL"),
              D4_7),
    ],
    "quotes": [
        quote("Auslöser war nach Polizeiangaben eine Schlägerei zwischen Einheimischen und Ausländern am Montag",
              "Kyrgyz police", "indirect"),
        quote("Dschaparow habe zugesichert, die Täter zur Rechenschaft zu ziehen", "Prime Minister's Office of Pakistan",
              "indirect"),
        quote("Falschmeldungen", "Ministry of Foreign Affairs of Kyrgyzstan", "direct"),
        quote("vollständig unter Kontrolle", "Ministry of Foreign Affairs of Kyrgyzstan", "direct"),
        quote("die Lage sei „vollständig unter Kontrolle“", "Ministry of Foreign Affairs of Kyrgyzstan", "indirect"),
        quote("Ausländische Studierende seien in Kirgistan sicher", "Ministry of Foreign Affairs of Kyrgyzstan",
              "indirect"),
    ],
    "entities": [
        entity("Bishkek", "LOC", "KGZ", ["der kirgisischen Hauptstadt Bischkek"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistan"]),
        entity("Kyrgyzstan", "GPE", "KGZ", ["Kirgistan"]),
        entity("Chargé d'affaires of Kyrgyzstan in Pakistan", "PER", "KGZ", ["den kirgisischen Geschäftsträger"]),
        entity("India", "GPE", "IND", ["Indien", "Indiens"]),
        entity("Egypt", "GPE", "EGY", ["Ägypten"]),
        entity("Kyrgyz police", "ORG", "KGZ", ["Die Polizei"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Premierminister Shehbaz Sharif", "Sharifs"]),
        entity("Sadyr Japarov", "PER", "KGZ", ["dem kirgisischen Präsidenten Sadyr Dschaparow", "Dschaparow"]),
        entity("Prime Minister's Office of Pakistan", "ORG", "PAK", ["Sharifs Büro"]),
        entity("Subrahmanyam Jaishankar", "PER", "IND", ["Indiens Außenminister Subrahmanyam Jaishankar"]),
        entity("Ministry of Foreign Affairs of Kyrgyzstan", "ORG", "KGZ", ["Das kirgisische Außenministerium"]),
    ],
}

# --- hm89-en-01: Geneva tariff deal ------------------------------------------------------------
E1_1 = ("The United States and China agreed on Monday to temporarily slash the tariffs they had imposed on each "
        "other's goods after two days of talks in Geneva.")
E1_2 = ("Washington will cut its levies on Chinese imports from 145% to 30%, while Beijing will "
        "lower its duties on U.S. goods from 125% to 10% for 90 days.")
E1_3 = "“We have reached a consensus that neither side wants a decoupling,” Treasury Secretary Scott Bessent told reporters."
E1_4 = "Bessent and Trade Representative Jamieson Greer met Chinese Vice Premier He Lifeng at a Swiss diplomatic residence."
E1_5 = ("China's Commerce Ministry called the outcome “an important step” and urged Washington to scrap its "
        "unilateral tariffs altogether.")
E1_6 = "The two sides also agreed to set up a mechanism for further talks on trade."
E1_7 = ("President Donald Trump had raised duties on Chinese goods several times since January, prompting "
        "retaliation from Beijing.")
E1_8 = "Markets rallied on the news."
E1_9 = "Trump said he might speak with Chinese President Xi Jinping “maybe at the end of the week”."

US = actor("United States", "USA", "GOV")
CN = actor("China", "CHN", "GOV")
HE = actor("He Lifeng", "CHN", "GOV")

EN01 = {
    "id": "hm89-en-01", "lang": "en", "url": None, "published": "2025-05-12",
    "title": "U.S. and China agree to slash tariffs for 90 days after Geneva talks",
    "text": paragraphs([E1_1, E1_2, E1_3], [E1_4, E1_5, E1_6], [E1_7, E1_8, E1_9]),
    "events": [
        event("AGREE", US, CN, E1_1, date="2025-05-12"),
        event("CONSULT", US, CN, E1_1, mode="third-party", location="Geneva", location_country="CHE"),
        event("CONCEDE", US, CN, E1_2),
        event("CONCEDE", CN, US, E1_2),
        event("CONSULT", actor("Scott Bessent", "USA", "GOV"), HE, E1_4, mode="third-party",
              location="Geneva", location_country="CHE"),
        event("CONSULT", actor("Jamieson Greer", "USA", "GOV"), HE, E1_4, mode="third-party",
              location="Geneva", location_country="CHE"),
        event("REQUEST", actor("Ministry of Commerce of China", "CHN", "GOV"), US, E1_5),
        event("AGREE", US, CN, E1_6),
        event("SANCTION", actor("Donald Trump", "USA", "GOV"), CN, E1_7, mode="discontinue"),
        event("SANCTION", CN, US, E1_7, mode="discontinue"),
    ],
    "quotes": [
        quote("We have reached a consensus that neither side wants a decoupling", "Scott Bessent", "direct"),
        quote("an important step", "Ministry of Commerce of China", "direct"),
        quote("maybe at the end of the week", "Donald Trump", "direct"),
        quote("he might speak with Chinese President Xi Jinping “maybe at the end of the week”", "Donald Trump",
              "indirect"),
    ],
    "entities": [
        entity("United States", "GPE", "USA", ["The United States", "Washington", "U.S."]),
        entity("China", "GPE", "CHN", ["China", "Beijing"]),
        entity("Geneva", "LOC", "CHE", ["Geneva"]),
        entity("Scott Bessent", "PER", "USA", ["Treasury Secretary Scott Bessent", "Bessent"]),
        entity("Jamieson Greer", "PER", "USA", ["Trade Representative Jamieson Greer"]),
        entity("He Lifeng", "PER", "CHN", ["Chinese Vice Premier He Lifeng"]),
        entity("Ministry of Commerce of China", "ORG", "CHN", ["China's Commerce Ministry"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinese President Xi Jinping"]),
    ],
}

# --- hm89-en-02: Makhachkala airport ---------------------------------------------------------
E2_1 = ("Hundreds of men stormed the airport in Makhachkala, the capital of Russia's Dagestan region, on Sunday "
        "evening after a flight from Tel Aviv had landed, hunting for Israeli passengers.")
E2_2 = "Some of the rioters broke through to the runway and threw stones at police officers."
E2_3 = "Police detained 60 people, and the regional Interior Ministry said more than 150 participants had been identified."
E2_4 = ("Israel's Prime Minister's Office said it expected Russian authorities “to protect the safety of all "
        "Israeli citizens and Jews, wherever they may be”.")
E2_5 = "Washington condemned the riot as antisemitic."
E2_6 = ("President Vladimir Putin blamed Ukraine and Western intelligence services for the unrest, saying it had "
        "been stirred up from abroad through social networks.")
E2_7 = "Kyiv dismissed the claim as absurd."
E2_8 = ("Dagestan's leader Sergei Melikov called the riot “outrageous” and promised that the organisers would be "
        "punished.")

RIOT = actor("Rioters in Makhachkala", "RUS", "CVL")
RUS_POL = actor("Russian police", "RUS", "COP")
PUT = actor("Vladimir Putin", "RUS", "GOV")
MEL = actor("Sergei Melikov", "RUS", "GOV")

EN02 = {
    "id": "hm89-en-02", "lang": "en", "url": None, "published": "2023-10-30",
    "title": "Mob storms Dagestan airport in search of Israelis",
    "text": paragraphs([E2_1, E2_2, E2_3], [E2_4, E2_5], [E2_6, E2_7, E2_8]),
    "events": [
        event("PROTEST", RIOT, actor("Israeli passengers", "ISR", "CVL"), E2_1, mode="riot", date="2023-10-29",
              location="Makhachkala", location_country="RUS"),
        event("ASSAULT", RIOT, RUS_POL, E2_2, mode="primitive", date="2023-10-29",
              location="Makhachkala", location_country="RUS"),
        event("COERCE", RUS_POL, RIOT, E2_3, mode="arrest"),
        event("REQUEST", actor("Prime Minister's Office of Israel", "ISR", "GOV"), actor("Russia", "RUS", "GOV"),
              E2_4),
        event("ACCUSE", actor("United States", "USA", "GOV"), RIOT, E2_5, mode="disapprove"),
        event("ACCUSE", PUT, actor("Ukraine", "UKR", "GOV"), E2_6, mode="allege"),
        event("ACCUSE", PUT, actor("Western intelligence services", None, "GOV"), E2_6, mode="allege"),
        event("ACCUSE", MEL, RIOT, E2_8, mode="disapprove"),
        event("THREATEN", MEL, RIOT, E2_8, mode="arrest"),
    ],
    "quotes": [
        quote("more than 150 participants had been identified", "Ministry of Internal Affairs of Dagestan", "indirect"),
        quote("to protect the safety of all Israeli citizens and Jews, wherever they may be",
              "Prime Minister's Office of Israel", "direct"),
        quote("it expected Russian authorities “to protect the safety of all Israeli citizens and Jews, wherever they "
              "may be”", "Prime Minister's Office of Israel", "indirect"),
        quote("it had been stirred up from abroad through social networks", "Vladimir Putin", "indirect"),
        quote("outrageous", "Sergei Melikov", "direct"),
        quote("that the organisers would be punished", "Sergei Melikov", "indirect"),
    ],
    "entities": [
        entity("Makhachkala", "LOC", "RUS", ["Makhachkala", "the capital of Russia's Dagestan region"]),
        entity("Uytash Airport", "LOC", "RUS", ["the airport in Makhachkala"]),
        entity("Dagestan", "LOC", "RUS", ["Dagestan"]),
        entity("Russia", "GPE", "RUS", ["Russia"]),
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
        entity("Russian police", "ORG", "RUS", ["police officers", "Police"]),
        entity("Ministry of Internal Affairs of Dagestan", "ORG", "RUS", ["the regional Interior Ministry"]),
        entity("Prime Minister's Office of Israel", "ORG", "ISR", ["Israel's Prime Minister's Office"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Vladimir Putin", "PER", "RUS", ["President Vladimir Putin"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine", "Kyiv"]),
        entity("Western intelligence services", "ORG", None, ["Western intelligence services"]),
        entity("Sergei Melikov", "PER", "RUS", ["Dagestan's leader Sergei Melikov"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
