"""Round 84: six blind hand-made articles (4 German, 2 English), written 2026-11-30.

Stories (invented wire-style texts on real 2023-2025 settings):
- hm84-de-01: Kosovo bans payments in Serbian dinars; Belgrade turns to the UN Security Council (February 2024).
- hm84-de-02: Greece threatens North Macedonia after its new president says "Macedonia" at her swearing-in (May 2024).
- hm84-de-03: Armenia recognises a Palestinian state; Israel summons Armenia's ambassador (June 2024).
- hm84-de-04: France's environment minister cancels her COP29 trip after Aliyev's attack on France (November 2024).
- hm84-en-01: The ICC and its member states condemn Trump's sanctions on the court (February 2025).
- hm84-en-02: A federal judge orders the White House to restore the AP's access (April 2025).
"""
from annotate import actor, entity, event, paragraphs, quote

ARTICLES = []

# ---------------------------------------------------------------- hm84-de-01
SRB = actor("Serbia", "SRB", "GOV")
UNSC = actor("UN Security Council", "UNO", "IGO")
CBK = actor("Central Bank of Kosovo", "XKX", "GOV")
KS_SERBS = actor("Kosovo Serbs", "XKX", "CVL")
VUCIC = actor("Aleksandar Vučić", "SRB", "GOV")
KURTI = actor("Albin Kurti", "XKX", "GOV")
XKX = actor("Kosovo", "XKX", "GOV")
SL = actor("Representative of Srpska Lista", "XKX", "PTY")
EU = actor("European Union", "EUR", "IGO")
USA = actor("United States", "USA", "GOV")
KS_POL = actor("Kosovo Police", "XKX", "COP")
LAJCAK = actor("Miroslav Lajčák", "EUR", "IGO")
PETKOVIC = actor("Petar Petković", "SRB", "GOV")

S1 = ("Serbien hat wegen des Verbots des serbischen Dinar im Kosovo eine Dringlichkeitssitzung des "
      "UN-Sicherheitsrats beantragt.")
S2 = ("Die Zentralbank in Pristina hatte Zahlungen in Dinar zum Donnerstag untersagt, womit auch Überweisungen "
      "aus Belgrad an serbische Schulen und Krankenhäuser im Norden blockiert sind.")
S3 = ("Der serbische Präsident Aleksandar Vučić warf Regierungschef Albin Kurti vor, die Serben mit „Terror“ aus "
      "dem Kosovo vertreiben zu wollen.")
S4 = "Im nordkosovarischen Mitrovica gingen am Freitag Tausende Serben gegen die Regelung auf die Straße."
S5 = "»Das ist ein Angriff auf unser Überleben«, sagte ein Vertreter der Partei Srpska Lista."
S6 = ("Die EU und die USA hatten Pristina aufgefordert, die Umsetzung auszusetzen, bis eine Lösung für die "
      "betroffenen Menschen gefunden sei.")
S7 = "Kurti lehnte einen Aufschub jedoch ab, sagte aber eine Übergangsfrist für Renten und Sozialleistungen zu."
S8 = "Die Regelung diene allein dem Kampf gegen Geldwäsche und Schmuggel, erklärte er."
S9 = ("Der EU-Sonderbeauftragte Miroslav Lajčák empfing am Freitag in Brüssel Serbiens Unterhändler Petar "
      "Petković, um über eine Übergangslösung zu beraten.")
S10 = "Die kosovarische Polizei verlegte zusätzliche Einheiten an die Übergänge nach Serbien."

ARTICLES.append({
    "id": "hm84-de-01", "lang": "de", "url": None, "published": "2024-02-02",
    "title": "Serbien ruft wegen Dinar-Verbots den UN-Sicherheitsrat an",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7, S8], [S9, S10]),
    "events": [
        event("REQUEST", SRB, UNSC, S1, mode="meet"),
        event("COERCE", CBK, KS_SERBS, S2, mode="restrict", date="2024-02-01"),
        event("ACCUSE", VUCIC, KURTI, S3, mode="allege"),
        event("PROTEST", KS_SERBS, XKX, S4, mode="demo", date="2024-02-02", location="Mitrovica",
              location_country="XKX"),
        event("ACCUSE", SL, XKX, S5, mode="disapprove"),
        event("REQUEST", EU, XKX, S6, mode="yield"),
        event("REQUEST", USA, XKX, S6, mode="yield"),
        event("REJECT", KURTI, EU, S7, mode="yield"),
        event("REJECT", KURTI, USA, S7, mode="yield"),
        event("CONCEDE", KURTI, KS_SERBS, S7),
        event("CONSULT", PETKOVIC, LAJCAK, S9, mode="visit", date="2024-02-02", location="Brussels",
              location_country="BEL"),
        event("MOBILIZE", KS_POL, None, S10, mode="police"),
    ],
    "quotes": [
        quote("Terror", "Aleksandar Vučić", "direct"),
        quote("die Serben mit „Terror“ aus dem Kosovo vertreiben zu wollen", "Aleksandar Vučić", "indirect"),
        quote("Das ist ein Angriff auf unser Überleben", "Representative of Srpska Lista", "direct"),
        quote("Die Regelung diene allein dem Kampf gegen Geldwäsche und Schmuggel", "Albin Kurti", "indirect"),
    ],
    "entities": [
        entity("Serbia", "GPE", "SRB", ["Serbien", "Belgrad", "Serbiens"]),
        entity("Kosovo", "GPE", "XKX", ["Kosovo", "Pristina"]),
        entity("UN Security Council", "ORG", "UNO", ["UN-Sicherheitsrats"]),
        entity("Central Bank of Kosovo", "ORG", "XKX", ["Die Zentralbank in Pristina"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["Der serbische Präsident Aleksandar Vučić"]),
        entity("Albin Kurti", "PER", "XKX", ["Regierungschef Albin Kurti", "Kurti", "er"]),
        entity("Kosovo Serbs", "PER", "XKX", ["die Serben", "Tausende Serben"]),
        entity("Mitrovica", "LOC", "XKX", ["Im nordkosovarischen Mitrovica"]),
        entity("Srpska Lista", "ORG", "XKX", ["der Partei Srpska Lista"]),
        entity("Representative of Srpska Lista", "PER", "XKX", ["ein Vertreter der Partei Srpska Lista"]),
        entity("European Union", "ORG", "EUR", ["Die EU", "EU"]),
        entity("United States", "GPE", "USA", ["die USA"]),
        entity("Miroslav Lajčák", "PER", "EUR", ["Der EU-Sonderbeauftragte Miroslav Lajčák"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Petar Petković", "PER", "SRB", ["Serbiens Unterhändler Petar Petković"]),
        entity("Kosovo Police", "ORG", "XKX", ["Die kosovarische Polizei"]),
    ],
})

# ---------------------------------------------------------------- hm84-de-02
GRC = actor("Greece", "GRC", "GOV")
MKD = actor("North Macedonia", "MKD", "GOV")
GRC_AMB = actor("Ambassador of Greece to North Macedonia", "GRC", "GOV")
GSD = actor("Gordana Siljanovska-Davkova", "MKD", "GOV")
MITSO = actor("Kyriakos Mitsotakis", "GRC", "GOV")
GRC_MFA = actor("Ministry of Foreign Affairs of Greece", "GRC", "GOV")
VDL = actor("Ursula von der Leyen", "EUR", "IGO")
BGR = actor("Ministry of Foreign Affairs of Bulgaria", "BGR", "GOV")
MICK = actor("Hristijan Mickoski", "MKD", "PTY")

S1 = ("Griechenland hat Nordmazedonien mit einer Blockade seines EU-Beitrittsprozesses gedroht, sollte das "
      "Nachbarland den Namensvertrag von 2018 nicht einhalten.")
S2 = ("Auslöser ist die Vereidigung von Präsidentin Gordana Siljanovska-Davkova am Sonntag, bei der sie ihr Land "
      "lediglich als „Mazedonien“ bezeichnet hatte.")
S3 = "Die griechische Botschafterin verließ aus Protest die Zeremonie im Parlament in Skopje."
S4 = ("Ministerpräsident Kyriakos Mitsotakis nannte das Verhalten der neuen Präsidentin „illegal und "
      "inakzeptabel“.")
S5 = ("Athen werde keinen weiteren Schritt Skopjes in Richtung EU billigen, solange der Vertrag nicht vollständig "
      "umgesetzt sei, sagte er.")
S6 = "Das Außenministerium bestellte zudem den nordmazedonischen Botschafter ein."
S7 = ("EU-Kommissionspräsidentin Ursula von der Leyen forderte Skopje auf, das Prespa-Abkommen zu achten und den "
      "Reformkurs fortzusetzen.")
S8 = "Auch das bulgarische Außenministerium stellte sich hinter Athen."
S9 = ("Siljanovska-Davkova wies die Kritik zurück: Sie habe lediglich von ihrem Recht auf Selbstbestimmung "
      "Gebrauch gemacht.")
S10 = ("Der designierte Regierungschef Hristijan Mickoski, dessen Partei VMRO-DPMNE die Parlamentswahl am Mittwoch "
       "gewonnen hatte, bot Athen Gespräche an.")

ARTICLES.append({
    "id": "hm84-de-02", "lang": "de", "url": None, "published": "2024-05-13",
    "title": "Athen droht Skopje im Namensstreit mit Blockade",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9, S10]),
    "events": [
        event("THREATEN", GRC, MKD, S1, mode="relations"),
        event("PROTEST", GRC_AMB, GSD, S3, mode="boycott", date="2024-05-12", location="Skopje",
              location_country="MKD"),
        event("ACCUSE", MITSO, GSD, S4, mode="disapprove"),
        event("THREATEN", MITSO, MKD, S5, mode="relations"),
        event("ACCUSE", GRC_MFA, MKD, S6, mode="disapprove"),
        event("REQUEST", VDL, MKD, S7, mode="change"),
        event("SUPPORT", BGR, GRC, S8),
        event("AGREE", MICK, GRC, S10, mode="meet"),
    ],
    "quotes": [
        quote("Mazedonien", "Gordana Siljanovska-Davkova", "direct"),
        quote("illegal und inakzeptabel", "Kyriakos Mitsotakis", "direct"),
        quote("Athen werde keinen weiteren Schritt Skopjes in Richtung EU billigen, solange der Vertrag nicht "
              "vollständig umgesetzt sei", "Kyriakos Mitsotakis", "indirect"),
        quote("Sie habe lediglich von ihrem Recht auf Selbstbestimmung Gebrauch gemacht", "Gordana Siljanovska-Davkova",
              "indirect"),
    ],
    "entities": [
        entity("Greece", "GPE", "GRC", ["Griechenland", "Athen"]),
        entity("North Macedonia", "GPE", "MKD", ["Nordmazedonien", "das Nachbarland", "ihr Land", "Skopjes",
                                                 "Skopje"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("Gordana Siljanovska-Davkova", "PER", "MKD",
               ["Präsidentin Gordana Siljanovska-Davkova", "sie", "der neuen Präsidentin", "Siljanovska-Davkova",
                "Sie"]),
        entity("Ambassador of Greece to North Macedonia", "PER", "GRC", ["Die griechische Botschafterin"]),
        entity("Assembly of North Macedonia", "ORG", "MKD", ["Parlament in Skopje"]),
        entity("Kyriakos Mitsotakis", "PER", "GRC", ["Ministerpräsident Kyriakos Mitsotakis", "er"]),
        entity("Ministry of Foreign Affairs of Greece", "ORG", "GRC", ["Das Außenministerium"]),
        entity("Ambassador of North Macedonia to Greece", "PER", "MKD", ["den nordmazedonischen Botschafter"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["EU-Kommissionspräsidentin Ursula von der Leyen"]),
        entity("Ministry of Foreign Affairs of Bulgaria", "ORG", "BGR", ["das bulgarische Außenministerium"]),
        entity("Hristijan Mickoski", "PER", "MKD", ["Der designierte Regierungschef Hristijan Mickoski"]),
        entity("VMRO-DPMNE", "ORG", "MKD", ["dessen Partei VMRO-DPMNE"]),
    ],
})

# ---------------------------------------------------------------- hm84-de-03
ARM = actor("Armenia", "ARM", "GOV")
PSE = actor("Palestine", "PSE", "GOV")
ISR = actor("Israel", "ISR", "GOV")
ISR_MFA = actor("Ministry of Foreign Affairs of Israel", "ISR", "GOV")
ABBAS = actor("Mahmoud Abbas", "PSE", "GOV")
PASH = actor("Nikol Pashinyan", "ARM", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")

S1 = "Armenien hat am Freitag offiziell einen Staat Palästina anerkannt."
S2 = ("Eriwan bekenne sich zu einer Zwei-Staaten-Lösung und lehne jede Gewalt gegen Zivilisten ab, hieß es in "
      "einer Erklärung des Außenministeriums.")
S3 = ("Zugleich rief die Regierung zu einer sofortigen Waffenruhe im Gazastreifen und zur Freilassung aller "
      "Geiseln auf.")
S4 = "Israel bestellte daraufhin den armenischen Botschafter zu einem »scharfen Tadel« ein."
S5 = "Die Entscheidung belohne den Terror der Hamas, erklärte das Außenministerium in Jerusalem."
S6 = ("Palästinenserpräsident Mahmud Abbas dankte Ministerpräsident Nikol Paschinjan in einem Telefonat für den "
      "„mutigen Schritt“.")
S7 = "Er lud ihn zudem zu einem Besuch nach Ramallah ein."
S8 = ("Aserbaidschan, mit dem Armenien seit Jahrzehnten im Konflikt liegt, unterhält enge Beziehungen zu "
      "Israel.")
S9 = "Auch die Hamas begrüßte die Anerkennung."
S10 = "Paschinjan sagte, Armenien strebe „gute Beziehungen zu allen Staaten der Region“ an."

ARTICLES.append({
    "id": "hm84-de-03", "lang": "de", "url": None, "published": "2024-06-21",
    "title": "Armenien erkennt Palästina an – Israel bestellt Botschafter ein",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9, S10]),
    "events": [
        event("SUPPORT", ARM, PSE, S1, date="2024-06-21"),
        event("REQUEST", ARM, None, S3, mode="yield"),
        event("ACCUSE", ISR, ARM, S4, mode="disapprove"),
        event("ACCUSE", ISR_MFA, ARM, S5, mode="disapprove"),
        event("CONSULT", ABBAS, PASH, S6, mode="phone"),
        event("SUPPORT", ABBAS, PASH, S6),
        event("AGREE", ABBAS, PASH, S7),
        event("SUPPORT", HAMAS, ARM, S9),
    ],
    "quotes": [
        quote("Eriwan bekenne sich zu einer Zwei-Staaten-Lösung und lehne jede Gewalt gegen Zivilisten ab",
              "Ministry of Foreign Affairs of Armenia", "indirect"),
        quote("scharfen Tadel", "Ministry of Foreign Affairs of Israel", "direct"),
        quote("Die Entscheidung belohne den Terror der Hamas", "Ministry of Foreign Affairs of Israel", "indirect"),
        quote("mutigen Schritt", "Mahmoud Abbas", "direct"),
        quote("gute Beziehungen zu allen Staaten der Region", "Nikol Pashinyan", "direct"),
        quote("Armenien strebe „gute Beziehungen zu allen Staaten der Region“ an", "Nikol Pashinyan", "indirect"),
    ],
    "entities": [
        entity("Armenia", "GPE", "ARM", ["Armenien", "Eriwan", "die Regierung"]),
        entity("Palestine", "GPE", "PSE", ["einen Staat Palästina"]),
        entity("Ministry of Foreign Affairs of Armenia", "ORG", "ARM", ["des Außenministeriums"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Ambassador of Armenia to Israel", "PER", "ARM", ["den armenischen Botschafter"]),
        entity("Hamas", "ORG", "PSE", ["der Hamas", "die Hamas"]),
        entity("Ministry of Foreign Affairs of Israel", "ORG", "ISR", ["das Außenministerium in Jerusalem"]),
        entity("Mahmoud Abbas", "PER", "PSE", ["Palästinenserpräsident Mahmud Abbas", "Er"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Ministerpräsident Nikol Paschinjan", "ihn", "Paschinjan"]),
        entity("Ramallah", "LOC", "PSE", ["Ramallah"]),
        entity("Azerbaijan", "GPE", "AZE", ["Aserbaidschan"]),
    ],
})

# ---------------------------------------------------------------- hm84-de-04
APR = actor("Agnès Pannier-Runacher", "FRA", "GOV")
AZE = actor("Azerbaijan", "AZE", "GOV")
ALIYEV = actor("Ilham Aliyev", "AZE", "GOV")
FRA = actor("France", "FRA", "GOV")
BARNIER = actor("Michel Barnier", "FRA", "GOV")
NCL = actor("residents of New Caledonia", "FRA", "CVL")
HOEKSTRA = actor("Wopke Hoekstra", "EUR", "IGO")
AZE_MFA = actor("Ministry of Foreign Affairs of Azerbaijan", "AZE", "GOV")
WEST = actor("Western states", None, "GOV")

S1 = "Frankreichs Umweltministerin Agnès Pannier-Runacher hat ihre Reise zur Weltklimakonferenz in Baku abgesagt."
S2 = ("Sie reagierte damit auf eine Rede von Präsident Ilham Alijew, der Frankreich am Mittwoch vor Vertretern "
      "kleiner Inselstaaten „Verbrechen“ in seinen Überseegebieten vorgeworfen hatte.")
S3 = "Paris habe bei Protesten in Neukaledonien 13 Menschen getötet, sagte Alijew."
S4 = ("Die Angriffe seien „inakzeptabel“ und überschritten jede Grenze, sagte Pannier-Runacher im Senat in "
      "Paris.")
S5 = "Frankreich werde sich von Baku nicht einschüchtern lassen."
S6 = "Premierminister Michel Barnier sicherte den Bewohnern Neukaledoniens zugleich weitere Wiederaufbauhilfen zu."
S7 = "Paris und Baku liegen seit Monaten wegen der Unruhen in Neukaledonien im Streit."
S8 = ("EU-Klimakommissar Wopke Hoekstra bezeichnete Alijews Rede als „unangebracht“ und forderte "
      "Zurückhaltung.")
S9 = ("Das Außenministerium in Baku wies die Kritik zurück und warf Paris eine Kampagne gegen die Konferenz "
      "vor.")
S10 = "Alijew hatte bereits zur Eröffnung am Dienstag westliche Staaten scharf kritisiert."

ARTICLES.append({
    "id": "hm84-de-04", "lang": "de", "url": None, "published": "2024-11-13",
    "title": "Nach Angriffen Alijews: Französische Ministerin sagt Reise zur COP29 ab",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9, S10]),
    "events": [
        event("REJECT", APR, AZE, S1, mode="meet"),
        event("ACCUSE", ALIYEV, FRA, S2, mode="allege", date="2024-11-13", location="Baku",
              location_country="AZE"),
        event("ACCUSE", ALIYEV, FRA, S3, mode="allege"),
        event("ACCUSE", APR, ALIYEV, S4, mode="disapprove", location="Paris", location_country="FRA"),
        event("AGREE", BARNIER, NCL, S6),
        event("ACCUSE", HOEKSTRA, ALIYEV, S8, mode="disapprove"),
        event("REQUEST", HOEKSTRA, None, S8),
        event("ACCUSE", AZE_MFA, FRA, S9, mode="allege"),
        event("ACCUSE", ALIYEV, WEST, S10, mode="disapprove", date="2024-11-12", location="Baku",
              location_country="AZE"),
    ],
    "quotes": [
        quote("Verbrechen", "Ilham Aliyev", "direct"),
        quote("Paris habe bei Protesten in Neukaledonien 13 Menschen getötet", "Ilham Aliyev", "indirect"),
        quote("inakzeptabel", "Agnès Pannier-Runacher", "direct"),
        quote("Die Angriffe seien „inakzeptabel“ und überschritten jede Grenze", "Agnès Pannier-Runacher",
              "indirect"),
        quote("Frankreich werde sich von Baku nicht einschüchtern lassen", "Agnès Pannier-Runacher", "indirect"),
        quote("unangebracht", "Wopke Hoekstra", "direct"),
    ],
    "entities": [
        entity("Agnès Pannier-Runacher", "PER", "FRA",
               ["Frankreichs Umweltministerin Agnès Pannier-Runacher", "Sie", "Pannier-Runacher"]),
        entity("Azerbaijan", "GPE", "AZE", ["Baku"]),
        entity("Ilham Aliyev", "PER", "AZE", ["Präsident Ilham Alijew", "Alijew", "Alijews"]),
        entity("France", "GPE", "FRA", ["Frankreich", "Paris"]),
        entity("New Caledonia", "LOC", "FRA", ["Neukaledonien", "Neukaledoniens"]),
        entity("Senate of France", "ORG", "FRA", ["Senat in Paris"]),
        entity("Michel Barnier", "PER", "FRA", ["Premierminister Michel Barnier"]),
        entity("residents of New Caledonia", "PER", "FRA", ["den Bewohnern Neukaledoniens"]),
        entity("Wopke Hoekstra", "PER", "EUR", ["EU-Klimakommissar Wopke Hoekstra"]),
        entity("Ministry of Foreign Affairs of Azerbaijan", "ORG", "AZE", ["Das Außenministerium in Baku"]),
        entity("Western states", "ORG", None, ["westliche Staaten"]),
    ],
})

# ---------------------------------------------------------------- hm84-en-01
ICC = actor("International Criminal Court", "IGO", "IGO")
TRUMP = actor("Donald Trump", "USA", "GOV")
ICC_MS = actor("ICC member states", None, "GOV")
COSTA = actor("António Costa", "EUR", "IGO")
USA = actor("United States", "USA", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")

S1 = ("The International Criminal Court on Friday condemned sanctions imposed on it by U.S. President Donald "
      "Trump as an attempt to undermine its independent judicial work.")
S2 = ("Trump signed an executive order on Thursday authorising asset freezes and travel bans against ICC officials "
      "and their families.")
S3 = ("The order accuses the court of “illegitimate and baseless actions” targeting the United States and its "
      "“close ally Israel”.")
S4 = "The court urged its 125 member states to stand united in defence of justice and human rights."
S5 = "Later on Friday, 79 member states reaffirmed their “unwavering support” for the court in a joint statement."
S6 = ("European Council President António Costa said the sanctions threatened “the court’s independence” and "
      "urged Washington to reverse course.")
S7 = "Israeli Prime Minister Benjamin Netanyahu thanked Trump for what he called a “bold” decision."
S8 = ("The ICC issued an arrest warrant for Netanyahu in November over alleged war crimes in Gaza, which Israel "
      "denies.")
S9 = "The United States is not a member of the court."

ARTICLES.append({
    "id": "hm84-en-01", "lang": "en", "url": None, "published": "2025-02-07",
    "title": "ICC and its members push back against Trump's sanctions",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9]),
    "events": [
        event("ACCUSE", ICC, TRUMP, S1, mode="disapprove", date="2025-02-07"),
        event("SANCTION", TRUMP, ICC, S1, mode="discontinue"),
        event("SANCTION", TRUMP, ICC, S2, mode="discontinue", date="2025-02-06"),
        event("ACCUSE", TRUMP, ICC, S3, mode="allege"),
        event("REQUEST", ICC, ICC_MS, S4, mode="assist"),
        event("SUPPORT", ICC_MS, ICC, S5, date="2025-02-07"),
        event("ACCUSE", COSTA, USA, S6, mode="disapprove"),
        event("REQUEST", COSTA, USA, S6, mode="change"),
        event("SUPPORT", NETANYAHU, TRUMP, S7),
        event("THREATEN", ICC, NETANYAHU, S8, mode="arrest"),
    ],
    "quotes": [
        quote("illegitimate and baseless actions", "Donald Trump", "direct"),
        quote("close ally Israel", "Donald Trump", "direct"),
        quote("unwavering support", "ICC member states", "direct"),
        quote("the court’s independence", "António Costa", "direct"),
        quote("the sanctions threatened “the court’s independence”", "António Costa", "indirect"),
        quote("bold", "Benjamin Netanyahu", "direct"),
    ],
    "entities": [
        entity("International Criminal Court", "ORG", "IGO",
               ["The International Criminal Court", "it", "its", "the court", "The court", "ICC", "The ICC"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Trump"]),
        entity("ICC officials", "PER", "IGO", ["ICC officials"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington", "The United States"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("ICC member states", "ORG", None, ["its 125 member states", "79 member states"]),
        entity("António Costa", "PER", "EUR", ["European Council President António Costa"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israeli Prime Minister Benjamin Netanyahu", "he", "Netanyahu"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
    ],
})

# ---------------------------------------------------------------- hm84-en-02
JUDGE = actor("Trevor McFadden", "USA", "JUD")
WH = actor("White House", "USA", "GOV")
AP = actor("Associated Press", "USA", "BUS")
WILES = actor("Susie Wiles", "USA", "GOV")
BUDOWICH = actor("Taylor Budowich", "USA", "GOV")
LEAVITT = actor("Karoline Leavitt", "USA", "GOV")
WHCA = actor("White House Correspondents' Association", "USA", "NGO")
RSF = actor("Reporters Without Borders", "NGO", "NGO")

S1 = ("A federal judge on Tuesday ordered the White House to restore The Associated Press's access to "
      "presidential events, ruling that the administration had violated the news agency's free speech rights.")
S2 = ("U.S. District Judge Trevor McFadden said the government could not exclude journalists because of their "
      "viewpoint.")
S3 = ("The White House barred AP reporters from the Oval Office and Air Force One in February after the agency "
      "refused to use the name Gulf of America in its stylebook.")
S4 = ("The agency had sued chief of staff Susie Wiles, deputy chief of staff Taylor Budowich and press secretary "
      "Karoline Leavitt.")
S5 = ("\"We are gratified by the court's ruling,\" AP spokeswoman Lauren Easton said, adding that the agency "
      "wanted to work without fear of government retaliation.")
S6 = "Leavitt called the ruling \"judicial activism\" and said the administration would appeal."
S7 = "The White House Correspondents' Association welcomed the decision as a victory for press freedom."
S8 = "Reporters Without Borders had earlier called on the administration to lift the ban."

ARTICLES.append({
    "id": "hm84-en-02", "lang": "en", "url": None, "published": "2025-04-08",
    "title": "Judge orders White House to restore AP's access",
    "text": paragraphs([S1, S2, S3], [S4, S5], [S6, S7, S8]),
    "events": [
        event("REQUEST", JUDGE, WH, S1, mode="change", date="2025-04-08"),
        event("SANCTION", JUDGE, WH, S1, mode="convict", date="2025-04-08"),
        event("COERCE", WH, AP, S3, mode="restrict"),
        event("REJECT", AP, WH, S3, mode="change"),
        event("ACCUSE", AP, WILES, S4, mode="allege"),
        event("ACCUSE", AP, BUDOWICH, S4, mode="allege"),
        event("ACCUSE", AP, LEAVITT, S4, mode="allege"),
        event("SUPPORT", AP, JUDGE, S5),
        event("ACCUSE", LEAVITT, JUDGE, S6, mode="disapprove"),
        event("SUPPORT", WHCA, JUDGE, S7),
        event("REQUEST", RSF, WH, S8, mode="yield"),
    ],
    "quotes": [
        quote("the government could not exclude journalists because of their viewpoint", "Trevor McFadden",
              "indirect"),
        quote("We are gratified by the court's ruling", "Lauren Easton", "direct"),
        quote("that the agency wanted to work without fear of government retaliation", "Lauren Easton", "indirect"),
        quote("judicial activism", "Karoline Leavitt", "direct"),
        quote("the administration would appeal", "Karoline Leavitt", "indirect"),
    ],
    "entities": [
        entity("Trevor McFadden", "PER", "USA", ["A federal judge", "U.S. District Judge Trevor McFadden"]),
        entity("White House", "ORG", "USA", ["the White House", "the administration", "the government",
                                             "The White House"]),
        entity("Associated Press", "ORG", "USA", ["The Associated Press's", "the news agency's", "AP",
                                                  "the agency", "The agency"]),
        entity("Gulf of Mexico", "LOC", None, ["Gulf of America"]),
        entity("Susie Wiles", "PER", "USA", ["chief of staff Susie Wiles"]),
        entity("Taylor Budowich", "PER", "USA", ["deputy chief of staff Taylor Budowich"]),
        entity("Karoline Leavitt", "PER", "USA", ["press secretary Karoline Leavitt", "Leavitt"]),
        entity("Lauren Easton", "PER", "USA", ["AP spokeswoman Lauren Easton"]),
        entity("White House Correspondents' Association", "ORG", "USA",
               ["The White House Correspondents' Association"]),
        entity("Reporters Without Borders", "ORG", "NGO", ["Reporters Without Borders"]),
    ],
})
