"""Round 104: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm104-de-01: Protesters attack foreign embassies in Kinshasa after the M23 takes Goma (2025-01-28).
- hm104-de-02: Trump meets Syria's interim president al-Sharaa in Riyadh after promising to lift sanctions (2025-05-14).
- hm104-de-03: Mali's junta dissolves all political parties (2025-05-14).
- hm104-de-04: Imran Khan's PTI calls off its Islamabad protest after a night-time crackdown (2024-11-27).
- hm104-en-01: Hamas frees three Israeli hostages as the Gaza ceasefire takes effect; Ben-Gvir resigns (2025-01-19).
- hm104-en-02: Protesters in Tripoli demand Dbeibah's resignation after militia fighting (2025-05-17).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm104-de-01
COD_PROTESTERS = actor("Congolese protesters", "COD", "CVL")
FRANCE = actor("France", "FRA", "GOV")
COD_POLICE = actor("Congolese National Police", "COD", "COP")
M23 = actor("M23", "COD", "REB")
DRC = actor("Democratic Republic of the Congo", "COD", "GOV")
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
RWANDA = actor("Rwanda", "RWA", "GOV")
WAGNER = actor("Thérèse Kayikwamba Wagner", "COD", "GOV")
RUTO = actor("William Ruto", "KEN", "GOV")
TSHISEKEDI = actor("Félix Tshisekedi", "COD", "GOV")
KAGAME = actor("Paul Kagame", "RWA", "GOV")
BARROT = actor("Jean-Noël Barrot", "FRA", "GOV")

C1 = "In der Demokratischen Republik Kongo haben wütende Demonstranten am Dienstag mehrere ausländische Botschaften in der Hauptstadt Kinshasa angegriffen."
C2 = "In der französischen Botschaft legten sie Feuer, Teile des Gebäudes brannten aus."
C3 = "Die Demonstranten warfen Frankreich vor, sich im Konflikt im Osten des Landes auf die Seite Ruandas zu stellen."
C4 = "Die Polizei trieb die Menge mit Tränengas auseinander."
C5 = "Die Rebellenmiliz M23 hatte in der Nacht zum Montag die Millionenstadt Goma an der Grenze zu Ruanda eingenommen."
C6 = "Die Regierung in Kinshasa hatte bereits am Sonntag die diplomatischen Beziehungen zu Ruanda abgebrochen."
C7 = "Außenministerin Thérèse Kayikwamba Wagner sprach vor dem UN-Sicherheitsrat in New York von einer „frontalen Kriegserklärung“ Ruandas."
C8 = "Ruanda bestreitet, die Miliz mit Truppen und Waffen zu unterstützen, und wirft Kinshasa seinerseits vor, mit der Hutu-Miliz FDLR zusammenzuarbeiten."
C9 = "Kenias Präsident William Ruto, der derzeit den Vorsitz der Ostafrikanischen Gemeinschaft innehat, lud seinen kongolesischen Amtskollegen Félix Tshisekedi und Ruandas Staatschef Paul Kagame zu einem Krisengipfel am Mittwoch ein."
C10 = "Kagame habe seine Teilnahme zugesagt, hieß es aus Nairobi."
C11 = "Der französische Außenminister Jean-Noël Barrot nannte den Angriff auf die Botschaft „inakzeptabel“."

DE01 = {
    "id": "hm104-de-01", "lang": "de", "url": None, "published": "2025-01-28",
    "title": "Demonstranten greifen Botschaften in Kinshasa an",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11]),
    "events": [
        event("PROTEST", COD_PROTESTERS, None, C1, mode="riot", date="2025-01-28", location="Kinshasa", location_country="COD"),
        event("PROTEST", COD_PROTESTERS, FRANCE, C2, mode="riot", date="2025-01-28", location="Kinshasa", location_country="COD"),
        event("ACCUSE", COD_PROTESTERS, FRANCE, C3, mode="disapprove"),
        event("ASSAULT", COD_POLICE, COD_PROTESTERS, C4, mode="crowd-control", date="2025-01-28", location="Kinshasa", location_country="COD"),
        event("ASSAULT", M23, DRC, C5, date="2025-01-27", location="Goma", location_country="COD"),
        event("SANCTION", COD_GOV, RWANDA, C6, mode="discontinue", date="2025-01-26"),
        event("ACCUSE", WAGNER, RWANDA, C7, mode="allege", location="New York", location_country="USA"),
        event("ACCUSE", RWANDA, COD_GOV, C8, mode="allege"),
        event("AGREE", RUTO, TSHISEKEDI, C9),
        event("AGREE", RUTO, KAGAME, C9),
        event("AGREE", KAGAME, RUTO, C10),
        event("ACCUSE", BARROT, COD_PROTESTERS, C11, mode="disapprove"),
    ],
    "quotes": [
        quote("sich im Konflikt im Osten des Landes auf die Seite Ruandas zu stellen", "Congolese protesters", "indirect"),
        quote("frontalen Kriegserklärung", "Thérèse Kayikwamba Wagner", "direct"),
        quote("mit der Hutu-Miliz FDLR zusammenzuarbeiten", "Rwanda", "indirect"),
        quote("Kagame habe seine Teilnahme zugesagt", "Government of Kenya", "indirect"),
        quote("inakzeptabel", "Jean-Noël Barrot", "direct"),
    ],
    "entities": [
        entity("Democratic Republic of the Congo", "GPE", "COD", ["Demokratischen Republik Kongo", "des Landes"]),
        entity("Congolese protesters", "ORG", "COD", ["wütende Demonstranten", "sie", "Die Demonstranten", "die Menge"]),
        entity("Foreign embassies in Kinshasa", "ORG", None, ["mehrere ausländische Botschaften"]),
        entity("Kinshasa", "LOC", "COD", ["der Hauptstadt Kinshasa", "Kinshasa"]),
        entity("French embassy in Kinshasa", "ORG", "FRA", ["der französischen Botschaft", "des Gebäudes", "die Botschaft"]),
        entity("France", "GPE", "FRA", ["Frankreich"]),
        entity("Eastern Congo", "LOC", "COD", ["im Osten des Landes"]),
        entity("Rwanda", "GPE", "RWA", ["Ruandas", "Ruanda"]),
        entity("Congolese National Police", "ORG", "COD", ["Die Polizei"]),
        entity("M23", "ORG", "COD", ["Die Rebellenmiliz M23", "die Miliz"]),
        entity("Goma", "LOC", "COD", ["die Millionenstadt Goma"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD", ["Die Regierung in Kinshasa"]),
        entity("Thérèse Kayikwamba Wagner", "PER", "COD", ["Außenministerin Thérèse Kayikwamba Wagner"]),
        entity("United Nations Security Council", "ORG", "UNO", ["dem UN-Sicherheitsrat"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("FDLR", "ORG", "RWA", ["der Hutu-Miliz FDLR"]),
        entity("William Ruto", "PER", "KEN", ["Kenias Präsident William Ruto"]),
        entity("Kenya", "GPE", "KEN", ["Kenias"]),
        entity("East African Community", "ORG", "IGO", ["der Ostafrikanischen Gemeinschaft"]),
        entity("Félix Tshisekedi", "PER", "COD", ["seinen kongolesischen Amtskollegen Félix Tshisekedi"]),
        entity("Paul Kagame", "PER", "RWA", ["Ruandas Staatschef Paul Kagame", "Kagame"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("Jean-Noël Barrot", "PER", "FRA", ["Der französische Außenminister Jean-Noël Barrot"]),
    ],
}

# ---------------------------------------------------------------- hm104-de-02
TRUMP = actor("Donald Trump", "USA", "GOV")
SHARAA = actor("Ahmed al-Sharaa", "SYR", "GOV")
MBS = actor("Mohammed bin Salman", "SAU", "GOV")
SYRIA = actor("Syria", "SYR", "GOV")
SYR_MFA = actor("Ministry of Foreign Affairs of Syria", "SYR", "GOV")
USA = actor("United States", "USA", "GOV")
HTS = actor("Hayat Tahrir al-Sham", "SYR", "REB")
ASSAD = actor("Bashar al-Assad", "SYR", "GOV")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
KALLAS = actor("Kaja Kallas", "EUR", "IGO")

Y1 = "US-Präsident Donald Trump hat sich am Mittwoch in der saudischen Hauptstadt Riad mit dem syrischen Übergangspräsidenten Ahmed al-Scharaa getroffen."
Y2 = "Es war die erste Begegnung von Staatschefs beider Länder seit 25 Jahren."
Y3 = "Gastgeber des rund halbstündigen Gesprächs war der saudische Kronprinz Mohammed bin Salman, der das Treffen vermittelt hatte."
Y4 = "Trump hatte am Vortag überraschend angekündigt, sämtliche Sanktionen gegen Syrien aufzuheben, um dem Land „eine Chance auf Größe“ zu geben."
Y5 = "Nach dem Treffen lobte er al-Scharaa als „jungen, attraktiven Typen“ mit „einer starken Vergangenheit“."
Y6 = "Zugleich forderte Trump ihn auf, diplomatische Beziehungen zu Israel aufzunehmen und ausländische Kämpfer des Landes zu verweisen."
Y7 = "Das syrische Außenministerium sprach von einem „historischen“ Treffen und erklärte, Damaskus sei zur Zusammenarbeit mit Washington im Kampf gegen den Terrorismus bereit."
Y8 = "Al-Scharaa hatte im Dezember mit seiner islamistischen Miliz HTS den langjährigen Machthaber Baschar al-Assad gestürzt."
Y9 = "Israel beobachtet die neue Führung in Damaskus mit Misstrauen und hat seit dem Sturz Assads Hunderte Luftangriffe auf Militäranlagen in Syrien geflogen."
Y10 = "Ministerpräsident Benjamin Netanjahu soll Trump Medienberichten zufolge gebeten haben, die Sanktionen nicht aufzuheben."
Y11 = "Die EU-Außenbeauftragte Kaja Kallas begrüßte die Entscheidung Washingtons und kündigte an, auch die Europäer würden ihre Wirtschaftssanktionen gegen Syrien lockern."

DE02 = {
    "id": "hm104-de-02", "lang": "de", "url": None, "published": "2025-05-14",
    "title": "Trump trifft syrischen Übergangspräsidenten al-Scharaa in Riad",
    "text": paragraphs([Y1, Y2, Y3], [Y4, Y5, Y6, Y7], [Y8, Y9, Y10, Y11]),
    "events": [
        event("CONSULT", TRUMP, SHARAA, Y1, mode="third-party", date="2025-05-14", location="Riyadh", location_country="SAU"),
        event("CONSULT", TRUMP, MBS, Y3, mode="visit", date="2025-05-14", location="Riyadh", location_country="SAU"),
        event("CONSULT", SHARAA, MBS, Y3, mode="visit", date="2025-05-14", location="Riyadh", location_country="SAU"),
        event("CONCEDE", TRUMP, SYRIA, Y4, date="2025-05-13"),
        event("SUPPORT", TRUMP, SHARAA, Y5),
        event("REQUEST", TRUMP, SHARAA, Y6, mode="change"),
        event("SUPPORT", SYR_MFA, USA, Y7),
        event("AGREE", SYR_MFA, USA, Y7),
        event("ASSAULT", HTS, ASSAD, Y8),
        event("ASSAULT", IDF, SYRIA, Y9, mode="aerial", location="Syria", location_country="SYR"),
        event("SUPPORT", KALLAS, USA, Y11),
        event("CONCEDE", KALLAS, SYRIA, Y11),
    ],
    "quotes": [
        quote("sämtliche Sanktionen gegen Syrien aufzuheben, um dem Land „eine Chance auf Größe“ zu geben", "Donald Trump", "indirect"),
        quote("eine Chance auf Größe", "Donald Trump", "direct"),
        quote("jungen, attraktiven Typen", "Donald Trump", "direct"),
        quote("einer starken Vergangenheit", "Donald Trump", "direct"),
        quote("historischen", "Ministry of Foreign Affairs of Syria", "direct"),
        quote("Damaskus sei zur Zusammenarbeit mit Washington im Kampf gegen den Terrorismus bereit", "Ministry of Foreign Affairs of Syria", "indirect"),
        quote("auch die Europäer würden ihre Wirtschaftssanktionen gegen Syrien lockern", "Kaja Kallas", "indirect"),
    ],
    "entities": [
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump", "er"]),
        entity("Riyadh", "LOC", "SAU", ["der saudischen Hauptstadt Riad"]),
        entity("Ahmed al-Sharaa", "PER", "SYR", ["dem syrischen Übergangspräsidenten Ahmed al-Scharaa", "al-Scharaa", "ihn", "Al-Scharaa", "seiner"]),
        entity("Mohammed bin Salman", "PER", "SAU", ["der saudische Kronprinz Mohammed bin Salman"]),
        entity("Syria", "GPE", "SYR", ["Syrien", "dem Land", "des Landes", "Damaskus"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Foreign fighters in Syria", "ORG", None, ["ausländische Kämpfer"]),
        entity("Ministry of Foreign Affairs of Syria", "ORG", "SYR", ["Das syrische Außenministerium"]),
        entity("United States", "GPE", "USA", ["Washington", "Washingtons"]),
        entity("Hayat Tahrir al-Sham", "ORG", "SYR", ["seiner islamistischen Miliz HTS"]),
        entity("Bashar al-Assad", "PER", "SYR", ["den langjährigen Machthaber Baschar al-Assad", "Assads"]),
        entity("Syrian transitional government", "ORG", "SYR", ["die neue Führung in Damaskus"]),
        entity("Syrian military installations", "LOC", "SYR", ["Militäranlagen in Syrien"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu"]),
        entity("Kaja Kallas", "PER", "EUR", ["Die EU-Außenbeauftragte Kaja Kallas"]),
        entity("European Union", "ORG", "EUR", ["die Europäer"]),
    ],
}

# ---------------------------------------------------------------- hm104-de-03
MLI_GOV = actor("Government of Mali", "MLI", "GOV")
GOITA = actor("Assimi Goïta", "MLI", "GOV")
MLI_PARTIES = actor("Malian political parties", "MLI", "PTY")
MLI_PROTESTERS = actor("Malian protesters", "MLI", "CVL")
MLI_SECURITY = actor("Malian security forces", "MLI", "COP")
MLI_OPP = actor("Malian opposition politicians", "MLI", "OPP")
MLI_OPP_SPOKES = actor("Spokesperson of a Malian opposition coalition", "MLI", "OPP")
TURK = actor("Volker Türk", "UNO", "IGO")
MLI_DELEGATES = actor("Delegates of the Malian national consultation", "MLI", "CVL")
MALI = actor("Mali", "MLI", "GOV")
BURKINA = actor("Burkina Faso", "BFA", "GOV")
NIGER = actor("Niger", "NER", "GOV")
ECOWAS = actor("Economic Community of West African States", "IGO", "IGO")

M1 = "Die Militärregierung in Mali hat sämtliche politischen Parteien des Landes aufgelöst."
M2 = "Übergangspräsident Assimi Goïta unterzeichnete am Dienstag ein entsprechendes Dekret, das am Abend im staatlichen Rundfunk verlesen wurde."
M3 = "Auch Versammlungen politischer Vereinigungen untersagte die Junta bis auf Weiteres."
M4 = "Ein Regierungssprecher sagte, die Vielzahl von fast 300 Parteien habe das Land gelähmt."
M5 = "Anfang Mai hatten in der Hauptstadt Bamako Hunderte Menschen gegen die geplante Auflösung der Parteien demonstriert."
M6 = "Seither nahmen Sicherheitskräfte in Bamako mindestens zwei führende Oppositionspolitiker fest."
M7 = "Die Parteien verurteilten das Dekret als „Verstoß gegen die Verfassung“ und kündigten an, vor Gericht dagegen vorzugehen."
M8 = "„Mali ist keine Kaserne“, sagte ein Sprecher eines Oppositionsbündnisses."
M9 = "Der UN-Hochkommissar für Menschenrechte, Volker Türk, forderte die Junta auf, das Dekret umgehend zurückzunehmen und die Festgenommenen freizulassen."
M10 = "Die Einschränkungen verstießen gegen internationale Menschenrechtsnormen, erklärte er in Genf."
M11 = "Bei einer nationalen Konsultation im April hatten Delegierte empfohlen, Goïta ohne Wahl für fünf Jahre zum Präsidenten zu ernennen."
M12 = "Mali war im Januar gemeinsam mit den ebenfalls von Militärs regierten Nachbarstaaten Burkina Faso und Niger aus der westafrikanischen Staatengemeinschaft Ecowas ausgetreten."

DE03 = {
    "id": "hm104-de-03", "lang": "de", "url": None, "published": "2025-05-14",
    "title": "Malis Junta löst alle Parteien auf",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8], [M9, M10, M11, M12]),
    "events": [
        event("COERCE", MLI_GOV, MLI_PARTIES, M1, mode="restrict", date="2025-05-13"),
        event("COERCE", GOITA, MLI_PARTIES, M2, mode="restrict", date="2025-05-13"),
        event("COERCE", MLI_GOV, MLI_PARTIES, M3, mode="restrict"),
        event("PROTEST", MLI_PROTESTERS, MLI_GOV, M5, mode="demo", location="Bamako", location_country="MLI"),
        event("COERCE", MLI_SECURITY, MLI_OPP, M6, mode="arrest", location="Bamako", location_country="MLI"),
        event("ACCUSE", MLI_PARTIES, MLI_GOV, M7, mode="disapprove"),
        event("ACCUSE", MLI_OPP_SPOKES, MLI_GOV, M8, mode="disapprove"),
        event("REQUEST", TURK, MLI_GOV, M9, mode="change"),
        event("ACCUSE", TURK, MLI_GOV, M10, mode="disapprove", location="Geneva", location_country="CHE"),
        event("SUPPORT", MLI_DELEGATES, GOITA, M11),
        event("SANCTION", MALI, ECOWAS, M12, mode="withdraw"),
        event("SANCTION", BURKINA, ECOWAS, M12, mode="withdraw"),
        event("SANCTION", NIGER, ECOWAS, M12, mode="withdraw"),
    ],
    "quotes": [
        quote("die Vielzahl von fast 300 Parteien habe das Land gelähmt", "Government spokesperson of Mali", "indirect"),
        quote("Verstoß gegen die Verfassung", "Malian political parties", "direct"),
        quote("vor Gericht dagegen vorzugehen", "Malian political parties", "indirect"),
        quote("Mali ist keine Kaserne", "Spokesperson of a Malian opposition coalition", "direct"),
        quote("Die Einschränkungen verstießen gegen internationale Menschenrechtsnormen", "Volker Türk", "indirect"),
    ],
    "entities": [
        entity("Mali", "GPE", "MLI", ["Mali", "des Landes", "das Land"]),
        entity("Government of Mali", "ORG", "MLI", ["Die Militärregierung in Mali", "die Junta"]),
        entity("Malian political parties", "ORG", "MLI", ["sämtliche politischen Parteien des Landes", "politischer Vereinigungen", "fast 300 Parteien", "der Parteien", "Die Parteien"]),
        entity("Assimi Goïta", "PER", "MLI", ["Übergangspräsident Assimi Goïta", "Goïta"]),
        entity("ORTM", "ORG", "MLI", ["staatlichen Rundfunk"]),
        entity("Government spokesperson of Mali", "PER", "MLI", ["Ein Regierungssprecher"]),
        entity("Bamako", "LOC", "MLI", ["der Hauptstadt Bamako", "Bamako"]),
        entity("Malian protesters", "ORG", "MLI", ["Hunderte Menschen"]),
        entity("Malian security forces", "ORG", "MLI", ["Sicherheitskräfte"]),
        entity("Malian opposition politicians", "ORG", "MLI", ["mindestens zwei führende Oppositionspolitiker", "die Festgenommenen"]),
        entity("Spokesperson of a Malian opposition coalition", "PER", "MLI", ["ein Sprecher eines Oppositionsbündnisses"]),
        entity("Malian opposition coalition", "ORG", "MLI", ["eines Oppositionsbündnisses"]),
        entity("Volker Türk", "PER", "UNO", ["Der UN-Hochkommissar für Menschenrechte, Volker Türk", "er"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Delegates of the Malian national consultation", "ORG", "MLI", ["Delegierte"]),
        entity("Burkina Faso", "GPE", "BFA", ["Burkina Faso"]),
        entity("Niger", "GPE", "NER", ["Niger"]),
        entity("Economic Community of West African States", "ORG", "IGO", ["der westafrikanischen Staatengemeinschaft Ecowas"]),
    ],
}

# ---------------------------------------------------------------- hm104-de-04
PTI = actor("Pakistan Tehreek-e-Insaf", "PAK", "OPP")
PTI_SUPPORTERS = actor("PTI supporters", "PAK", "CVL")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
PAK_SECURITY = actor("Pakistani security forces", "PAK", "COP")
PAK_POLICE = actor("Pakistani police", "PAK", "COP")
NAQVI = actor("Mohsin Naqvi", "PAK", "GOV")
KHAN = actor("Imran Khan", "PAK", "OPP")
SHARIF = actor("Shehbaz Sharif", "PAK", "GOV")

I1 = "Die Partei des inhaftierten pakistanischen Ex-Premierministers Imran Khan hat ihre Proteste in der Hauptstadt Islamabad abgebrochen."
I2 = "Man habe die Kundgebung angesichts der „Brutalität“ der Regierung vorerst ausgesetzt, erklärte die Parteiführung am Mittwoch."
I3 = "Sicherheitskräfte hatten in der Nacht zum Mittwoch den zentralen Platz D-Chowk geräumt, auf dem sich Tausende Anhänger Khans versammelt hatten."
I4 = "Dabei setzten sie Tränengas und Gummigeschosse ein."
I5 = "Die Partei Pakistan Tehreek-e-Insaf (PTI) wirft den Sicherheitskräften vor, auch scharf geschossen und mehrere Demonstranten getötet zu haben."
I6 = "Innenminister Mohsin Naqvi wies dies zurück und sagte, die Polizei habe keine scharfe Munition eingesetzt."
I7 = "Er machte die Demonstranten für den Tod von vier Angehörigen der Sicherheitskräfte verantwortlich, die am Montag von einem Fahrzeug erfasst worden seien."
I8 = "Nach Angaben der Polizei wurden seit Sonntag mehr als 1000 Anhänger der PTI festgenommen."
I9 = "Die Behörden hatten das mobile Internet in der Hauptstadt gesperrt und Zufahrtsstraßen mit Schiffscontainern blockiert."
I10 = "Khan hatte aus dem Gefängnis heraus zu dem Marsch aufgerufen und die Freilassung aller inhaftierten Parteimitglieder gefordert."
I11 = "Der 72-Jährige sitzt seit August 2023 in Haft."
I12 = "Premierminister Shehbaz Sharif lobte die Sicherheitskräfte für ihr „mutiges“ Vorgehen und sprach von einem „Angriff auf den Staat“."

DE04 = {
    "id": "hm104-de-04", "lang": "de", "url": None, "published": "2024-11-27",
    "title": "Khans Partei bricht Proteste in Islamabad ab",
    "text": paragraphs([I1, I2, I3, I4, I5], [I6, I7, I8, I9], [I10, I11, I12]),
    "events": [
        event("CONCEDE", PTI, PAK_GOV, I1, date="2024-11-27", location="Islamabad", location_country="PAK"),
        event("CONCEDE", PTI, PAK_GOV, I2, date="2024-11-27"),
        event("ACCUSE", PTI, PAK_GOV, I2, mode="disapprove", date="2024-11-27"),
        event("COERCE", PAK_SECURITY, PTI_SUPPORTERS, I3, mode="restrict", date="2024-11-27", location="Islamabad", location_country="PAK"),
        event("PROTEST", PTI_SUPPORTERS, PAK_GOV, I3, mode="demo", location="Islamabad", location_country="PAK"),
        event("ASSAULT", PAK_SECURITY, PTI_SUPPORTERS, I4, mode="crowd-control", date="2024-11-27", location="Islamabad", location_country="PAK"),
        event("ACCUSE", PTI, PAK_SECURITY, I5, mode="allege"),
        event("ACCUSE", NAQVI, PTI_SUPPORTERS, I7, mode="allege"),
        event("COERCE", PAK_POLICE, PTI_SUPPORTERS, I8, mode="arrest"),
        event("COERCE", PAK_GOV, None, I9, mode="withhold", location="Islamabad", location_country="PAK"),
        event("PROTEST", KHAN, PAK_GOV, I10, mode="demo"),
        event("REQUEST", KHAN, PAK_GOV, I10, mode="yield"),
        event("SUPPORT", SHARIF, PAK_SECURITY, I12),
        event("ACCUSE", SHARIF, PTI, I12, mode="disapprove"),
    ],
    "quotes": [
        quote("Man habe die Kundgebung angesichts der „Brutalität“ der Regierung vorerst ausgesetzt", "Pakistan Tehreek-e-Insaf", "indirect"),
        quote("Brutalität", "Pakistan Tehreek-e-Insaf", "direct"),
        quote("auch scharf geschossen und mehrere Demonstranten getötet zu haben", "Pakistan Tehreek-e-Insaf", "indirect"),
        quote("die Polizei habe keine scharfe Munition eingesetzt", "Mohsin Naqvi", "indirect"),
        quote("die am Montag von einem Fahrzeug erfasst worden seien", "Mohsin Naqvi", "indirect"),
        quote("wurden seit Sonntag mehr als 1000 Anhänger der PTI festgenommen", "Pakistani police", "indirect"),
        quote("mutiges", "Shehbaz Sharif", "direct"),
        quote("Angriff auf den Staat", "Shehbaz Sharif", "direct"),
    ],
    "entities": [
        entity("Pakistan Tehreek-e-Insaf", "ORG", "PAK", ["Die Partei des inhaftierten pakistanischen Ex-Premierministers Imran Khan", "die Parteiführung", "Die Partei Pakistan Tehreek-e-Insaf (PTI)", "PTI"]),
        entity("Imran Khan", "PER", "PAK", ["des inhaftierten pakistanischen Ex-Premierministers Imran Khan", "Khans", "Khan", "Der 72-Jährige"]),
        entity("Islamabad", "LOC", "PAK", ["der Hauptstadt Islamabad", "der Hauptstadt"]),
        entity("Government of Pakistan", "ORG", "PAK", ["der Regierung", "Die Behörden"]),
        entity("Pakistani security forces", "ORG", "PAK", ["Sicherheitskräfte", "sie", "den Sicherheitskräften", "die Sicherheitskräfte"]),
        entity("D-Chowk", "LOC", "PAK", ["den zentralen Platz D-Chowk"]),
        entity("PTI supporters", "ORG", "PAK", ["Tausende Anhänger Khans", "mehrere Demonstranten", "die Demonstranten", "mehr als 1000 Anhänger der PTI"]),
        entity("Mohsin Naqvi", "PER", "PAK", ["Innenminister Mohsin Naqvi", "Er"]),
        entity("Pakistani police", "ORG", "PAK", ["die Polizei", "der Polizei"]),
        entity("Killed Pakistani security personnel", "ORG", "PAK", ["vier Angehörigen der Sicherheitskräfte"]),
        entity("Adiala Jail", "LOC", "PAK", ["dem Gefängnis"]),
        entity("Imprisoned PTI members", "ORG", "PAK", ["aller inhaftierten Parteimitglieder"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Premierminister Shehbaz Sharif"]),
    ],
}

# ---------------------------------------------------------------- hm104-en-01
HAMAS = actor("Hamas", "PSE", "REB")
ISRAEL = actor("Israel", "ISR", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
ISR_PMO = actor("Office of the Prime Minister of Israel", "ISR", "GOV")
GAZANS = actor("Palestinians in Gaza", "PSE", "CVL")
ISR_PRISONS = actor("Israel Prison Service", "ISR", "GOV")
PSE_PRISONERS = actor("Palestinian prisoners", "PSE", "CVL")
UN = actor("United Nations", "UNO", "IGO")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
BEN_GVIR = actor("Itamar Ben-Gvir", "ISR", "GOV")
ANSARI = actor("Majed al-Ansari", "QAT", "GOV")

G1 = "Hamas freed three Israeli women held captive in Gaza on Sunday, handing them over to the Red Cross hours after a ceasefire took effect in the enclave."
G2 = "The truce between Israel and Hamas began nearly three hours late, after Prime Minister Benjamin Netanyahu's office said the militant group had failed to provide the names of the hostages to be released."
G3 = "Israel carried out air strikes during the delay, and Gaza's civil defence agency said 13 people were killed."
G4 = "Under the first six-week phase of the deal, Hamas is to free 33 hostages in exchange for hundreds of Palestinian prisoners held by Israel."
G5 = "Israel's prison service said it would release 90 Palestinian women and teenagers once the three hostages had undergone medical checks."
G6 = "The first of hundreds of U.N. aid trucks crossed into Gaza through the Kerem Shalom crossing, which Israel reopened as part of the agreement."
G7 = "\"We reserve the right to return to war if needed, with the backing of the United States,\" Netanyahu said in a televised address on Saturday evening."
G8 = "National Security Minister Itamar Ben-Gvir resigned on Sunday in protest at the deal, taking his far-right Jewish Power party out of the governing coalition."
G9 = "He called the agreement \"a surrender to Hamas\" and said his party would rejoin the government if the war resumed."
G10 = "Qatar's foreign ministry spokesman Majed al-Ansari said Egyptian, Qatari and U.S. officials would monitor the truce from a joint operations room in Cairo."

EN01 = {
    "id": "hm104-en-01", "lang": "en", "url": None, "published": "2025-01-19",
    "title": "Hamas frees three Israeli hostages as Gaza ceasefire takes hold",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6], [G7, G8, G9, G10]),
    "events": [
        event("RETREAT", HAMAS, ISRAEL, G1, mode="release", date="2025-01-19", location="Gaza", location_country="PSE"),
        event("RETREAT", ISRAEL, HAMAS, G2, mode="ceasefire", date="2025-01-19", location="Gaza", location_country="PSE"),
        event("ACCUSE", ISR_PMO, HAMAS, G2, mode="allege"),
        event("ASSAULT", ISRAEL, GAZANS, G3, mode="aerial", date="2025-01-19", location="Gaza", location_country="PSE"),
        event("CONCEDE", HAMAS, ISRAEL, G4),
        event("CONCEDE", ISRAEL, HAMAS, G4),
        event("CONCEDE", ISR_PRISONS, PSE_PRISONERS, G5),
        event("AID", UN, GAZANS, G6, location="Kerem Shalom crossing", location_country="ISR"),
        event("RETREAT", ISRAEL, UN, G6, mode="access", location="Kerem Shalom crossing", location_country="ISR"),
        event("THREATEN", NETANYAHU, HAMAS, G7, mode="violence", date="2025-01-18"),
        event("RETREAT", BEN_GVIR, None, G8, mode="resign", date="2025-01-19"),
        event("SANCTION", BEN_GVIR, ISR_GOV, G8, mode="withdraw", date="2025-01-19"),
        event("ACCUSE", BEN_GVIR, ISR_GOV, G9, mode="disapprove"),
        event("AGREE", ANSARI, None, G10),
    ],
    "quotes": [
        quote("the militant group had failed to provide the names of the hostages to be released", "Office of the Prime Minister of Israel", "indirect"),
        quote("13 people were killed", "Gaza Civil Defence", "indirect"),
        quote("it would release 90 Palestinian women and teenagers once the three hostages had undergone medical checks", "Israel Prison Service", "indirect"),
        quote("We reserve the right to return to war if needed, with the backing of the United States", "Benjamin Netanyahu", "direct"),
        quote("a surrender to Hamas", "Itamar Ben-Gvir", "direct"),
        quote("his party would rejoin the government if the war resumed", "Itamar Ben-Gvir", "indirect"),
        quote("Egyptian, Qatari and U.S. officials would monitor the truce from a joint operations room in Cairo", "Majed al-Ansari", "indirect"),
    ],
    "entities": [
        entity("Hamas", "ORG", "PSE", ["Hamas", "the militant group"]),
        entity("Israeli hostages", "ORG", "ISR", ["three Israeli women held captive in Gaza", "them", "the hostages to be released", "33 hostages", "the three hostages"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza", "the enclave"]),
        entity("International Committee of the Red Cross", "ORG", "NGO", ["the Red Cross"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Prime Minister Benjamin Netanyahu", "Netanyahu"]),
        entity("Office of the Prime Minister of Israel", "ORG", "ISR", ["Prime Minister Benjamin Netanyahu's office"]),
        entity("Gaza Civil Defence", "ORG", "PSE", ["Gaza's civil defence agency"]),
        entity("Palestinians killed in Gaza", "ORG", "PSE", ["13 people"]),
        entity("Palestinian prisoners", "ORG", "PSE", ["hundreds of Palestinian prisoners held by Israel", "90 Palestinian women and teenagers"]),
        entity("Israel Prison Service", "ORG", "ISR", ["Israel's prison service", "it"]),
        entity("United Nations", "ORG", "UNO", ["U.N."]),
        entity("Kerem Shalom crossing", "LOC", "ISR", ["the Kerem Shalom crossing"]),
        entity("United States", "GPE", "USA", ["the United States", "U.S."]),
        entity("Itamar Ben-Gvir", "PER", "ISR", ["National Security Minister Itamar Ben-Gvir", "He", "his"]),
        entity("Otzma Yehudit", "ORG", "ISR", ["his far-right Jewish Power party", "his party"]),
        entity("Government of Israel", "ORG", "ISR", ["the governing coalition", "the government"]),
        entity("Qatar", "GPE", "QAT", ["Qatar", "Qatari"]),
        entity("Ministry of Foreign Affairs of Qatar", "ORG", "QAT", ["Qatar's foreign ministry"]),
        entity("Majed al-Ansari", "PER", "QAT", ["Qatar's foreign ministry spokesman Majed al-Ansari"]),
        entity("Egyptian, Qatari and U.S. mediators", "ORG", None, ["Egyptian, Qatari and U.S. officials"]),
        entity("Egypt", "GPE", "EGY", ["Egyptian"]),
        entity("Joint operations room in Cairo", "LOC", "EGY", ["a joint operations room in Cairo"]),
        entity("Cairo", "LOC", "EGY", ["Cairo"]),
    ],
}

# ---------------------------------------------------------------- hm104-en-02
LBY_PROTESTERS = actor("Libyan protesters", "LBY", "CVL")
DBEIBAH = actor("Abdulhamid Dbeibah", "LBY", "GOV")
PMO_GUARDS = actor("Guards of the Libyan Prime Minister's office", "LBY", "COP")
GNU_MINISTERS = actor("Ministers of the Government of National Unity", "LBY", "GOV")
LBY_ARMED_GROUPS = actor("Libyan armed groups", "LBY", "REB")
BRIGADE444 = actor("444 Brigade", "LBY", "MIL")
KIKLI = actor("Abdulghani al-Kikli", "LBY", "REB")
GNU_FORCES = actor("Government of National Unity forces", "LBY", "MIL")
RADAA = actor("Radaa Deterrence Force", "LBY", "REB")
UNSMIL = actor("United Nations Support Mission in Libya", "UNO", "IGO")
TURKEY = actor("Turkey", "TUR", "GOV")
GNS = actor("Government of National Stability", "LBY", "GOV")

T1 = "Thousands of protesters rallied in central Tripoli on Friday to demand the resignation of Libya's Prime Minister Abdulhamid Dbeibah, days after the worst fighting in the capital in years."
T2 = "Guards outside the prime minister's office fired into the air to keep demonstrators away from the building."
T3 = "\"The people want the fall of the government,\" the crowds chanted."
T4 = "Three ministers of the Tripoli-based Government of National Unity resigned on Saturday, saying they stood with the protesters."
T5 = "Dbeibah accused armed groups of orchestrating the protests and said in a televised speech that he would not hand power to \"those who seek to drag Libya back into war\"."
T6 = "The unrest followed Monday's killing of Abdulghani al-Kikli, the head of the powerful Stability Support Apparatus militia, by fighters of the 444 Brigade, a unit allied with Dbeibah."
T7 = "Heavy clashes then erupted between government-aligned forces and the Radaa force, which controls the capital's Mitiga airport."
T8 = "The U.N. mission in Libya said at least eight civilians were killed and urged all sides to lay down their arms."
T9 = "Dbeibah has since ordered the dissolution of several armed groups and vowed to bring all militias under state control."
T10 = "Turkey, a key backer of his government, called for restraint, while the rival administration in eastern Libya said Dbeibah had lost all legitimacy."

EN02 = {
    "id": "hm104-en-02", "lang": "en", "url": None, "published": "2025-05-17",
    "title": "Protesters in Tripoli demand Libyan premier Dbeibah step down",
    "text": paragraphs([T1, T2, T3], [T4, T5], [T6, T7, T8], [T9, T10]),
    "events": [
        event("PROTEST", LBY_PROTESTERS, DBEIBAH, T1, mode="demo", date="2025-05-16", location="Tripoli", location_country="LBY"),
        event("ASSAULT", PMO_GUARDS, LBY_PROTESTERS, T2, mode="crowd-control", location="Tripoli", location_country="LBY"),
        event("RETREAT", GNU_MINISTERS, None, T4, mode="resign", date="2025-05-17"),
        event("SUPPORT", GNU_MINISTERS, LBY_PROTESTERS, T4, date="2025-05-17"),
        event("ACCUSE", DBEIBAH, LBY_ARMED_GROUPS, T5, mode="allege"),
        event("REJECT", DBEIBAH, LBY_PROTESTERS, T5, mode="change"),
        event("ASSAULT", BRIGADE444, KIKLI, T6, mode="targeted", date="2025-05-12", location="Tripoli", location_country="LBY"),
        event("ASSAULT", GNU_FORCES, RADAA, T7, location="Tripoli", location_country="LBY"),
        event("REQUEST", UNSMIL, GNU_FORCES, T8, mode="yield"),
        event("REQUEST", UNSMIL, RADAA, T8, mode="yield"),
        event("COERCE", DBEIBAH, LBY_ARMED_GROUPS, T9, mode="restrict"),
        event("REQUEST", TURKEY, None, T10, mode="yield"),
        event("ACCUSE", GNS, DBEIBAH, T10, mode="disapprove"),
    ],
    "quotes": [
        quote("The people want the fall of the government", "Libyan protesters", "direct"),
        quote("they stood with the protesters", "Ministers of the Government of National Unity", "indirect"),
        quote("he would not hand power to \"those who seek to drag Libya back into war\"", "Abdulhamid Dbeibah", "indirect"),
        quote("those who seek to drag Libya back into war", "Abdulhamid Dbeibah", "direct"),
        quote("at least eight civilians were killed", "United Nations Support Mission in Libya", "indirect"),
        quote("Dbeibah had lost all legitimacy", "Government of National Stability", "indirect"),
    ],
    "entities": [
        entity("Libyan protesters", "ORG", "LBY", ["Thousands of protesters", "demonstrators", "the crowds", "the protesters"]),
        entity("Tripoli", "LOC", "LBY", ["central Tripoli", "the capital", "Tripoli"]),
        entity("Libya", "GPE", "LBY", ["Libya"]),
        entity("Abdulhamid Dbeibah", "PER", "LBY", ["Libya's Prime Minister Abdulhamid Dbeibah", "Dbeibah", "he", "his"]),
        entity("Guards of the Libyan Prime Minister's office", "ORG", "LBY", ["Guards outside the prime minister's office"]),
        entity("Office of the Prime Minister of Libya", "LOC", "LBY", ["the prime minister's office", "the building"]),
        entity("Ministers of the Government of National Unity", "ORG", "LBY", ["Three ministers of the Tripoli-based Government of National Unity", "they"]),
        entity("Government of National Unity", "ORG", "LBY", ["the Tripoli-based Government of National Unity", "his government"]),
        entity("Libyan armed groups", "ORG", "LBY", ["armed groups", "several armed groups", "all militias"]),
        entity("Abdulghani al-Kikli", "PER", "LBY", ["Abdulghani al-Kikli, the head of the powerful Stability Support Apparatus militia"]),
        entity("Stability Support Apparatus", "ORG", "LBY", ["the powerful Stability Support Apparatus militia"]),
        entity("444 Brigade", "ORG", "LBY", ["fighters of the 444 Brigade, a unit allied with Dbeibah"]),
        entity("Government of National Unity forces", "ORG", "LBY", ["government-aligned forces"]),
        entity("Radaa Deterrence Force", "ORG", "LBY", ["the Radaa force"]),
        entity("Mitiga International Airport", "LOC", "LBY", ["the capital's Mitiga airport"]),
        entity("United Nations Support Mission in Libya", "ORG", "UNO", ["The U.N. mission in Libya"]),
        entity("Libyan civilians killed in Tripoli", "ORG", "LBY", ["at least eight civilians"]),
        entity("Turkey", "GPE", "TUR", ["Turkey", "a key backer of his government"]),
        entity("Government of National Stability", "ORG", "LBY", ["the rival administration in eastern Libya"]),
        entity("Eastern Libya", "LOC", "LBY", ["eastern Libya"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
