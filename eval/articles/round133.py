"""Round 133: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm133-de-01: Lithuania closes its border with Belarus over smuggling balloons; Minsk holds Lithuanian lorries (2025-10-28).
- hm133-de-02: Mass demonstration in Brussels against the De Wever government's pension plans ends in clashes (2025-02-13).
- hm133-de-03: The EU Court of Justice fines Hungary 200 million euros over its asylum policy; Orbán's reaction (2024-06-13).
- hm133-de-04: Keller-Sutter and Parmelin leave Washington without a deal as the 39 percent US tariffs take effect (2025-08-07).
- hm133-en-01: Russia frees Gershkovich, Whelan and Kara-Murza in the Ankara prisoner swap; Germany releases Krasikov (2024-08-01).
- hm133-en-02: Mexico's Senate passes the judicial overhaul after protesters storm the chamber (2024-09-11).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm133-de-01
LTU_GOV = actor("Government of Lithuania", "LTU", "GOV")
BLR_GOV = actor("Government of Belarus", "BLR", "GOV")
RUGINIENE = actor("Inga Ruginienė", "LTU", "GOV")
VDL = actor("Ursula von der Leyen", "EUR", "GOV")
LTU = actor("Lithuania", "LTU", "GOV")
BLR_AUTH = actor("Belarusian authorities", "BLR", "GOV")
LTU_DRIVERS = actor("Lithuanian truck drivers", "LTU", "CVL")
LUKASHENKO = actor("Alexander Lukashenko", "BLR", "GOV")
BUDRYS = actor("Kęstutis Budrys", "LTU", "GOV")

A1 = "Litauen hat wegen immer neuer Schmuggelballons aus Belarus seine Grenze zu dem Nachbarland bis Ende November geschlossen."
A2 = "Die Regierung in Vilnius beschloss am Montag, die beiden verbliebenen Übergänge Medininkai und Šalčininkai für den Personen- und Güterverkehr zu sperren."
A3 = "Ausnahmen gelten nur für Diplomaten sowie für EU-Bürger, die aus Belarus zurückkehren."
A4 = "Seit Wochen lassen Schmuggler von belarussischem Gebiet aus mit Zigaretten beladene Ballons aufsteigen, die mehrfach den Flughafen Vilnius lahmgelegt haben."
A5 = "Ministerpräsidentin Inga Ruginienė sprach von einem „hybriden Angriff“ des Regimes in Minsk."
A6 = "Es handle sich nicht um harmlosen Schmuggel, sondern um eine gezielte Provokation, sagte sie."
A7 = "EU-Kommissionspräsidentin Ursula von der Leyen sicherte Vilnius die Solidarität der Union zu und drohte Minsk mit weiteren Sanktionen."
A8 = "Belarus reagierte prompt: Die Behörden des Nachbarlandes ließen mehr als tausend litauische Lastwagen, die wegen der Schließung auf belarussischer Seite festsitzen, nicht mehr ausreisen."
A9 = "Die Fahrzeuge seien auf bewachte Parkplätze gebracht worden, teilte der litauische Spediteursverband Linava mit."
A10 = "Machthaber Alexander Lukaschenko nannte die Grenzschließung einen „verrückten Betrug“ und warf Vilnius vor, die Gefahr durch die Ballons zu erfinden."
A11 = "Außenminister Kęstutis Budrys forderte Minsk auf, die Lastwagen und ihre Fahrer umgehend freizugeben."
A12 = "Litauen werde sich nicht erpressen lassen, fügte er hinzu."

DE01 = {
    "id": "hm133-de-01", "lang": "de", "url": None, "published": "2025-10-28",
    "title": "Litauen schließt Grenze zu Belarus wegen Schmuggelballons",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7], [A8, A9, A10, A11, A12]),
    "events": [
        event("SANCTION", LTU_GOV, BLR_GOV, A1, mode="discontinue", date="2025-10-27"),
        event("SANCTION", LTU_GOV, BLR_GOV, A2, mode="discontinue", date="2025-10-27"),
        event("ACCUSE", RUGINIENE, BLR_GOV, A5, mode="allege"),
        event("ACCUSE", RUGINIENE, BLR_GOV, A6, mode="allege"),
        event("SUPPORT", VDL, LTU, A7),
        event("THREATEN", VDL, BLR_GOV, A7),
        event("COERCE", BLR_AUTH, LTU_DRIVERS, A8, mode="restrict", location_country="BLR"),
        event("COERCE", BLR_AUTH, LTU_DRIVERS, A9, mode="seize", location_country="BLR"),
        event("ACCUSE", LUKASHENKO, LTU_GOV, A10, mode="allege"),
        event("REQUEST", BUDRYS, BLR_GOV, A11, mode="yield"),
    ],
    "quotes": [
        quote("hybriden Angriff", "Inga Ruginienė", "direct"),
        quote("Es handle sich nicht um harmlosen Schmuggel, sondern um eine gezielte Provokation", "Inga Ruginienė", "indirect"),
        quote("Die Fahrzeuge seien auf bewachte Parkplätze gebracht worden", "Linava", "indirect"),
        quote("verrückten Betrug", "Alexander Lukashenko", "direct"),
        quote("die Gefahr durch die Ballons zu erfinden", "Alexander Lukashenko", "indirect"),
        quote("Litauen werde sich nicht erpressen lassen", "Kęstutis Budrys", "indirect"),
    ],
    "entities": [
        entity("Lithuania", "GPE", "LTU", ["Litauen", "Vilnius"]),
        entity("Belarus", "GPE", "BLR", ["Belarus", "dem Nachbarland", "des Nachbarlandes"]),
        entity("Government of Lithuania", "ORG", "LTU", ["Die Regierung in Vilnius"]),
        entity("Vilnius", "LOC", "LTU", ["Vilnius"]),
        entity("Medininkai border crossing", "LOC", "LTU", ["Medininkai"]),
        entity("Šalčininkai border crossing", "LOC", "LTU", ["Šalčininkai"]),
        entity("Diplomats", "ORG", None, ["Diplomaten"]),
        entity("European Union", "ORG", "EUR", ["EU", "der Union"]),
        entity("EU citizens", "ORG", "EUR", ["EU-Bürger"]),
        entity("Smugglers", "ORG", None, ["Schmuggler"]),
        entity("Vilnius Airport", "LOC", "LTU", ["den Flughafen Vilnius"]),
        entity("Inga Ruginienė", "PER", "LTU", ["Ministerpräsidentin Inga Ruginienė", "sie"]),
        entity("Government of Belarus", "ORG", "BLR", ["des Regimes in Minsk", "Minsk"]),
        entity("Minsk", "LOC", "BLR", ["Minsk"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["EU-Kommissionspräsidentin Ursula von der Leyen"]),
        entity("Belarusian authorities", "ORG", "BLR", ["Die Behörden des Nachbarlandes"]),
        entity("Lithuanian truck drivers", "ORG", "LTU", ["ihre Fahrer"]),
        entity("Linava", "ORG", "LTU", ["der litauische Spediteursverband Linava"]),
        entity("Alexander Lukashenko", "PER", "BLR", ["Machthaber Alexander Lukaschenko"]),
        entity("Kęstutis Budrys", "PER", "LTU", ["Außenminister Kęstutis Budrys", "er"]),
    ],
}

# ---------------------------------------------------------------- hm133-de-02
BEL_PROTESTERS = actor("Belgian protesters", "BEL", "CVL")
BEL_GOV = actor("Government of Belgium", "BEL", "GOV")
BEL_UNIONS = actor("Belgian trade unions", "BEL", "LAB")
RIOTERS = actor("Masked rioters", "BEL", "CVL")
BEL_POLICE = actor("Belgian police", "BEL", "COP")
DE_WEVER = actor("Bart De Wever", "BEL", "GOV")
BODSON = actor("Thierry Bodson", "BEL", "LAB")

B1 = "In Brüssel haben am Donnerstag Zehntausende Menschen gegen die Spar- und Rentenpläne der neuen belgischen Regierung demonstriert."
B2 = "Die Polizei zählte rund 60.000 Teilnehmer, die Gewerkschaften sprachen von mehr als 100.000."
B3 = "Zu der Kundgebung hatten die großen Gewerkschaftsbünde aufgerufen, Streiks legten zudem den Nahverkehr in der Hauptstadt und große Teile des Flugverkehrs lahm."
B4 = "Am Rande des Protestzugs randalierten Vermummte in der Nähe des Südbahnhofs, warfen Steine und Feuerwerkskörper auf Polizisten und beschädigten Autos."
B5 = "Die Polizei setzte Wasserwerfer und Tränengas ein und nahm mehrere Menschen fest."
B6 = "Nach Angaben der Behörden wurden mehrere Beamte leicht verletzt."
B7 = "Die Gewerkschaften verlangen, dass die Koalition von Premierminister Bart De Wever die geplanten Einschnitte bei den Renten zurücknimmt."
B8 = "„Wer ein Leben lang gearbeitet hat, darf dafür nicht mit einer gekürzten Rente bestraft werden“, sagte Thierry Bodson, Präsident des sozialistischen Gewerkschaftsbunds FGTB."
B9 = "De Wever wies die Forderungen zurück."
B10 = "Ohne Reformen sei das Rentensystem in wenigen Jahren nicht mehr bezahlbar, ließ der flämische Nationalist über einen Sprecher mitteilen."
B11 = "Die Gewerkschaften kündigten für den 31. März einen landesweiten Generalstreik an."

DE02 = {
    "id": "hm133-de-02", "lang": "de", "url": None, "published": "2025-02-13",
    "title": "Zehntausende protestieren in Brüssel gegen Rentenpläne – Krawalle am Südbahnhof",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6], [B7, B8, B9, B10, B11]),
    "events": [
        event("PROTEST", BEL_PROTESTERS, BEL_GOV, B1, mode="demo", date="2025-02-13", location="Brussels", location_country="BEL"),
        event("PROTEST", BEL_UNIONS, BEL_GOV, B3, mode="strike", date="2025-02-13", location="Brussels", location_country="BEL"),
        event("PROTEST", RIOTERS, BEL_GOV, B4, mode="riot", date="2025-02-13", location="Brussels", location_country="BEL"),
        event("ASSAULT", RIOTERS, BEL_POLICE, B4, mode="primitive", date="2025-02-13", location="Brussels", location_country="BEL"),
        event("ASSAULT", BEL_POLICE, RIOTERS, B5, mode="crowd-control", date="2025-02-13", location="Brussels", location_country="BEL"),
        event("COERCE", BEL_POLICE, RIOTERS, B5, mode="arrest", date="2025-02-13", location="Brussels", location_country="BEL"),
        event("REQUEST", BEL_UNIONS, BEL_GOV, B7, mode="change"),
        event("ACCUSE", BODSON, BEL_GOV, B8, mode="disapprove"),
        event("REJECT", DE_WEVER, BEL_UNIONS, B9, mode="change"),
        event("THREATEN", BEL_UNIONS, BEL_GOV, B11, mode="restrict"),
    ],
    "quotes": [
        quote("Nach Angaben der Behörden wurden mehrere Beamte leicht verletzt", "Belgian authorities", "indirect"),
        quote("die Koalition von Premierminister Bart De Wever die geplanten Einschnitte bei den Renten zurücknimmt", "Belgian trade unions", "indirect"),
        quote("Wer ein Leben lang gearbeitet hat, darf dafür nicht mit einer gekürzten Rente bestraft werden", "Thierry Bodson", "direct"),
        quote("Ohne Reformen sei das Rentensystem in wenigen Jahren nicht mehr bezahlbar", "Bart De Wever", "indirect"),
    ],
    "entities": [
        entity("Brussels", "LOC", "BEL", ["Brüssel", "der Hauptstadt"]),
        entity("Belgian protesters", "ORG", "BEL", ["Zehntausende Menschen", "Teilnehmer"]),
        entity("Government of Belgium", "ORG", "BEL", ["der neuen belgischen Regierung", "die Koalition von Premierminister Bart De Wever"]),
        entity("Belgian police", "ORG", "BEL", ["Die Polizei", "Polizisten", "mehrere Beamte"]),
        entity("Belgian trade unions", "ORG", "BEL", ["die Gewerkschaften", "die großen Gewerkschaftsbünde", "Die Gewerkschaften"]),
        entity("Brussels-South railway station", "LOC", "BEL", ["des Südbahnhofs"]),
        entity("Masked rioters", "ORG", "BEL", ["Vermummte"]),
        entity("Detained protesters", "ORG", "BEL", ["mehrere Menschen"]),
        entity("Belgian authorities", "ORG", "BEL", ["der Behörden"]),
        entity("Bart De Wever", "PER", "BEL", ["Premierminister Bart De Wever", "De Wever", "der flämische Nationalist"]),
        entity("Spokesperson of Bart De Wever", "PER", "BEL", ["einen Sprecher"]),
        entity("Thierry Bodson", "PER", "BEL", ["Thierry Bodson, Präsident des sozialistischen Gewerkschaftsbunds FGTB"]),
        entity("FGTB", "ORG", "BEL", ["des sozialistischen Gewerkschaftsbunds FGTB"]),
    ],
}

# ---------------------------------------------------------------- hm133-de-03
CJEU = actor("Court of Justice of the European Union", "EUR", "JUD")
HUN_GOV = actor("Government of Hungary", "HUN", "GOV")
COMMISSION = actor("European Commission", "EUR", "GOV")
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
BOKA = actor("János Bóka", "HUN", "GOV")
COM_SPOKES = actor("Spokeswoman of the European Commission", "EUR", "GOV")

C1 = "Der Europäische Gerichtshof (EuGH) hat Ungarn wegen anhaltender Verstöße gegen das EU-Asylrecht zu einer Strafe von 200 Millionen Euro verurteilt."
C2 = "Zusätzlich muss das Land für jeden Tag, an dem es ein Urteil aus dem Jahr 2020 weiter missachtet, eine Million Euro zahlen, wie die Richter am Donnerstag in Luxemburg entschieden."
C3 = "Ungarn habe den Zugang zum Asylverfahren auf eine „beispiellose und außergewöhnlich schwerwiegende“ Weise eingeschränkt, hieß es in der Begründung."
C4 = "Die EU-Kommission hatte Budapest 2022 erneut verklagt, weil die Regierung das frühere Urteil ignoriert habe."
C5 = "Ministerpräsident Viktor Orbán nannte die Entscheidung „empörend und inakzeptabel“."
C6 = "Offenbar seien illegale Migranten den Brüsseler Bürokraten wichtiger als die eigenen europäischen Bürger, schrieb er auf der Plattform X."
C7 = "Europaminister János Bóka kündigte an, Ungarn werde seine Grenzschutzpolitik trotz der Strafe nicht ändern."
C8 = "Seit 2020 können Asylsuchende in Ungarn nur noch über die Botschaften des Landes in Belgrad und Kiew einen Antrag stellen."
C9 = "Eine Sprecherin der Kommission begrüßte das Urteil und forderte Budapest auf, seinen Verpflichtungen unverzüglich nachzukommen."
C10 = "Sollte Ungarn nicht zahlen, werde die Kommission die Summe mit EU-Mitteln verrechnen, die dem Land zustehen, sagte sie."

DE03 = {
    "id": "hm133-de-03", "lang": "de", "url": None, "published": "2024-06-13",
    "title": "EuGH verhängt Millionenstrafe gegen Ungarn",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9, C10]),
    "events": [
        event("SANCTION", CJEU, HUN_GOV, C1, mode="convict", date="2024-06-13", location="Luxembourg", location_country="LUX"),
        event("SANCTION", CJEU, HUN_GOV, C2, mode="convict", date="2024-06-13", location="Luxembourg", location_country="LUX"),
        event("ACCUSE", COMMISSION, HUN_GOV, C4, mode="allege"),
        event("ACCUSE", ORBAN, CJEU, C5, mode="disapprove"),
        event("ACCUSE", ORBAN, COMMISSION, C6, mode="disapprove"),
        event("REJECT", BOKA, CJEU, C7, mode="change"),
        event("SUPPORT", COM_SPOKES, CJEU, C9),
        event("REQUEST", COM_SPOKES, HUN_GOV, C9, mode="change"),
        event("THREATEN", COM_SPOKES, HUN_GOV, C10),
    ],
    "quotes": [
        quote("Zusätzlich muss das Land für jeden Tag, an dem es ein Urteil aus dem Jahr 2020 weiter missachtet, eine Million Euro zahlen", "Court of Justice of the European Union", "indirect"),
        quote("beispiellose und außergewöhnlich schwerwiegende", "Court of Justice of the European Union", "direct"),
        quote("Ungarn habe den Zugang zum Asylverfahren auf eine „beispiellose und außergewöhnlich schwerwiegende“ Weise eingeschränkt", "Court of Justice of the European Union", "indirect"),
        quote("die Regierung das frühere Urteil ignoriert habe", "European Commission", "indirect"),
        quote("empörend und inakzeptabel", "Viktor Orbán", "direct"),
        quote("Offenbar seien illegale Migranten den Brüsseler Bürokraten wichtiger als die eigenen europäischen Bürger", "Viktor Orbán", "indirect"),
        quote("Ungarn werde seine Grenzschutzpolitik trotz der Strafe nicht ändern", "János Bóka", "indirect"),
        quote("Sollte Ungarn nicht zahlen, werde die Kommission die Summe mit EU-Mitteln verrechnen, die dem Land zustehen", "Spokeswoman of the European Commission", "indirect"),
    ],
    "entities": [
        entity("Court of Justice of the European Union", "ORG", "EUR", ["Der Europäische Gerichtshof", "EuGH", "die Richter"]),
        entity("Hungary", "GPE", "HUN", ["Ungarn", "das Land", "Budapest", "des Landes", "dem Land"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("Luxembourg", "LOC", "LUX", ["Luxemburg"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission", "der Kommission", "die Kommission", "den Brüsseler Bürokraten"]),
        entity("Government of Hungary", "ORG", "HUN", ["die Regierung"]),
        entity("Viktor Orbán", "PER", "HUN", ["Ministerpräsident Viktor Orbán", "er"]),
        entity("Illegal migrants", "ORG", None, ["illegale Migranten"]),
        entity("European citizens", "ORG", "EUR", ["die eigenen europäischen Bürger"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("János Bóka", "PER", "HUN", ["Europaminister János Bóka"]),
        entity("Asylum seekers", "ORG", None, ["Asylsuchende"]),
        entity("Hungarian embassies in Belgrade and Kyiv", "ORG", "HUN", ["die Botschaften des Landes in Belgrad und Kiew"]),
        entity("Belgrade", "LOC", "SRB", ["Belgrad"]),
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Spokeswoman of the European Commission", "PER", "EUR", ["Eine Sprecherin der Kommission", "sie"]),
    ],
}

# ---------------------------------------------------------------- hm133-de-04
TRUMP = actor("Donald Trump", "USA", "GOV")
SWITZERLAND = actor("Switzerland", "CHE", "GOV")
KKS = actor("Karin Keller-Sutter", "CHE", "GOV")
PARMELIN = actor("Guy Parmelin", "CHE", "GOV")
USA_GOV = actor("United States", "USA", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
FED_COUNCIL = actor("Swiss Federal Council", "CHE", "GOV")
SWISSMEM = actor("Swissmem", "CHE", "BUS")

D1 = "Die von US-Präsident Donald Trump angeordneten Zölle von 39 Prozent auf Importe aus der Schweiz sind am Donnerstag in Kraft getreten."
D2 = "Ein kurzfristig angesetzter Besuch von Bundespräsidentin Karin Keller-Sutter und Wirtschaftsminister Guy Parmelin in Washington brachte keine Einigung."
D3 = "Die beiden Bundesräte trafen am Mittwoch Außenminister Marco Rubio."
D4 = "Keller-Sutter hatte bereits in der Vorwoche mit Trump telefoniert."
D5 = "Nach Berichten Schweizer Medien soll der Präsident das Gespräch als unbefriedigend empfunden und den Zollsatz danach noch einmal angehoben haben."
D6 = "Der Bundesrat beschloss nach einer Sondersitzung in Bern, vorerst auf Gegenmaßnahmen zu verzichten."
D7 = "„Wir wollen weiterverhandeln und der amerikanischen Seite ein verbessertes Angebot unterbreiten“, sagte Keller-Sutter vor den Medien."
D8 = "Parmelin sprach von einer „sehr schwierigen Lage“ für die exportorientierte Wirtschaft."
D9 = "Der Industrieverband Swissmem kritisierte die Zölle scharf und warnte vor dem Verlust Zehntausender Arbeitsplätze."
D10 = "Er forderte die Regierung auf, rasch ein Abkommen mit Washington zu erreichen."
D11 = "Trump hatte der Schweiz vorgeworfen, die USA mit einem Handelsüberschuss von fast 40 Milliarden Dollar „auszunutzen“."

DE04 = {
    "id": "hm133-de-04", "lang": "de", "url": None, "published": "2025-08-07",
    "title": "US-Zölle von 39 Prozent gegen die Schweiz in Kraft",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7, D8], [D9, D10, D11]),
    "events": [
        event("SANCTION", TRUMP, SWITZERLAND, D1, mode="discontinue", date="2025-08-07"),
        event("CONSULT", KKS, USA_GOV, D2, mode="visit", date="2025-08-06", location="Washington", location_country="USA"),
        event("CONSULT", PARMELIN, USA_GOV, D2, mode="visit", date="2025-08-06", location="Washington", location_country="USA"),
        event("CONSULT", KKS, RUBIO, D3, mode="visit", date="2025-08-06", location="Washington", location_country="USA"),
        event("CONSULT", PARMELIN, RUBIO, D3, mode="visit", date="2025-08-06", location="Washington", location_country="USA"),
        event("CONSULT", KKS, TRUMP, D4, mode="phone"),
        event("SANCTION", FED_COUNCIL, USA_GOV, D6, mode="discontinue", date="2025-08-07", location="Bern", location_country="CHE", negated=True),
        event("AGREE", KKS, USA_GOV, D7, date="2025-08-07", location="Bern", location_country="CHE"),
        event("ACCUSE", SWISSMEM, USA_GOV, D9, mode="disapprove"),
        event("REQUEST", SWISSMEM, FED_COUNCIL, D10, mode="meet"),
        event("ACCUSE", TRUMP, SWITZERLAND, D11, mode="allege"),
    ],
    "quotes": [
        quote("Nach Berichten Schweizer Medien soll der Präsident das Gespräch als unbefriedigend empfunden und den Zollsatz danach noch einmal angehoben haben", "Swiss media", "indirect"),
        quote("Wir wollen weiterverhandeln und der amerikanischen Seite ein verbessertes Angebot unterbreiten", "Karin Keller-Sutter", "direct"),
        quote("sehr schwierigen Lage", "Guy Parmelin", "direct"),
        quote("auszunutzen", "Donald Trump", "direct"),
        quote("die USA mit einem Handelsüberschuss von fast 40 Milliarden Dollar „auszunutzen“", "Donald Trump", "indirect"),
    ],
    "entities": [
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump", "der Präsident"]),
        entity("Switzerland", "GPE", "CHE", ["der Schweiz"]),
        entity("Karin Keller-Sutter", "PER", "CHE", ["Bundespräsidentin Karin Keller-Sutter", "Keller-Sutter", "Die beiden Bundesräte"]),
        entity("Guy Parmelin", "PER", "CHE", ["Wirtschaftsminister Guy Parmelin", "Parmelin", "Die beiden Bundesräte"]),
        entity("United States", "GPE", "USA", ["Washington", "der amerikanischen Seite", "die USA"]),
        entity("Marco Rubio", "PER", "USA", ["Außenminister Marco Rubio"]),
        entity("Swiss media", "ORG", "CHE", ["Schweizer Medien", "den Medien"]),
        entity("Swiss Federal Council", "ORG", "CHE", ["Der Bundesrat", "die Regierung"]),
        entity("Bern", "LOC", "CHE", ["Bern"]),
        entity("Swissmem", "ORG", "CHE", ["Der Industrieverband Swissmem", "Er"]),
    ],
}

# ---------------------------------------------------------------- hm133-en-01
RUSSIA = actor("Russia", "RUS", "GOV")
GERSHKOVICH = actor("Evan Gershkovich", "USA", "CVL")
WHELAN = actor("Paul Whelan", "USA", "CVL")
KARA_MURZA = actor("Vladimir Kara-Murza", "RUS", "OPP")
GERMANY = actor("Germany", "DEU", "GOV")
KRASIKOV = actor("Vadim Krasikov", "RUS", "GOV")
SLOVENIA = actor("Slovenia", "SVN", "GOV")
NORWAY = actor("Norway", "NOR", "GOV")
POLAND = actor("Poland", "POL", "GOV")
RUS_PRISONERS = actor("Russian prisoners", "RUS", "CVL")
BIDEN = actor("Joe Biden", "USA", "GOV")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
RUS_RETURNEES = actor("Returning Russian prisoners", "RUS", "CVL")
RUS_COURT = actor("Russian court", "RUS", "JUD")

E1 = "Russia freed U.S. journalist Evan Gershkovich, former Marine Paul Whelan and Kremlin critic Vladimir Kara-Murza on Thursday as part of the biggest prisoner exchange between Moscow and the West since the Cold War."
E2 = "The swap of 24 prisoners held in seven countries took place at Ankara's airport, the Turkish presidency said."
E3 = "In return, Germany released Vadim Krasikov, a Russian serving a life sentence for the 2019 killing of a Chechen-Georgian dissident in a Berlin park."
E4 = "Slovenia, Norway and Poland also handed over Russians held on spying charges."
E5 = "\"Their brutal ordeal is over, and they are free,\" President Joe Biden told reporters at the White House, flanked by relatives of the freed Americans."
E6 = "Biden called the deal \"a feat of diplomacy\" and thanked allies including German Chancellor Olaf Scholz, saying they had taken tough decisions."
E7 = "Scholz said the decision to free a convicted murderer had not been easy, but that protecting the lives of people held in Russian prisons had to come first."
E8 = "In Moscow, President Vladimir Putin welcomed the returning Russians on the tarmac of Vnukovo airport late on Thursday and thanked them for their service to the motherland."
E9 = "Kremlin spokesman Dmitry Peskov said Putin had signed pardons for Gershkovich, Whelan and the other foreigners before their release."
E10 = "Gershkovich, a Wall Street Journal reporter, had been sentenced by a court in Yekaterinburg to 16 years in a high-security penal colony on espionage charges in July."
E11 = "Washington and the newspaper have always rejected the charges as fabricated."

EN01 = {
    "id": "hm133-en-01", "lang": "en", "url": None, "published": "2024-08-01",
    "title": "Russia frees Gershkovich, Whelan in biggest East-West prisoner swap since Cold War",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10, E11]),
    "events": [
        event("RETREAT", RUSSIA, GERSHKOVICH, E1, mode="release", date="2024-08-01", location="Ankara", location_country="TUR"),
        event("RETREAT", RUSSIA, WHELAN, E1, mode="release", date="2024-08-01", location="Ankara", location_country="TUR"),
        event("RETREAT", RUSSIA, KARA_MURZA, E1, mode="release", date="2024-08-01", location="Ankara", location_country="TUR"),
        event("RETREAT", GERMANY, KRASIKOV, E3, mode="release", date="2024-08-01", location="Ankara", location_country="TUR"),
        event("RETREAT", SLOVENIA, RUS_PRISONERS, E4, mode="release", date="2024-08-01", location="Ankara", location_country="TUR"),
        event("RETREAT", NORWAY, RUS_PRISONERS, E4, mode="release", date="2024-08-01", location="Ankara", location_country="TUR"),
        event("RETREAT", POLAND, RUS_PRISONERS, E4, mode="release", date="2024-08-01", location="Ankara", location_country="TUR"),
        event("SUPPORT", BIDEN, SCHOLZ, E6, date="2024-08-01"),
        event("SUPPORT", PUTIN, RUS_RETURNEES, E8, date="2024-08-01", location="Moscow", location_country="RUS"),
        event("CONCEDE", PUTIN, GERSHKOVICH, E9),
        event("CONCEDE", PUTIN, WHELAN, E9),
        event("SANCTION", RUS_COURT, GERSHKOVICH, E10, mode="convict", location="Yekaterinburg", location_country="RUS"),
        event("COERCE", RUS_COURT, GERSHKOVICH, E10, mode="arrest", location="Yekaterinburg", location_country="RUS"),
    ],
    "quotes": [
        quote("The swap of 24 prisoners held in seven countries took place at Ankara's airport", "Turkish Presidency", "indirect"),
        quote("Their brutal ordeal is over, and they are free", "Joe Biden", "direct"),
        quote("a feat of diplomacy", "Joe Biden", "direct"),
        quote("they had taken tough decisions", "Joe Biden", "indirect"),
        quote("the decision to free a convicted murderer had not been easy, but that protecting the lives of people held in Russian prisons had to come first", "Olaf Scholz", "indirect"),
        quote("Putin had signed pardons for Gershkovich, Whelan and the other foreigners before their release", "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Russia", "GPE", "RUS", ["Russia", "Moscow"]),
        entity("Evan Gershkovich", "PER", "USA", ["U.S. journalist Evan Gershkovich", "Gershkovich", "a Wall Street Journal reporter"]),
        entity("Paul Whelan", "PER", "USA", ["former Marine Paul Whelan", "Whelan"]),
        entity("Vladimir Kara-Murza", "PER", "RUS", ["Kremlin critic Vladimir Kara-Murza"]),
        entity("The West", "ORG", None, ["the West"]),
        entity("Ankara Esenboğa Airport", "LOC", "TUR", ["Ankara's airport"]),
        entity("Turkish Presidency", "ORG", "TUR", ["the Turkish presidency"]),
        entity("Germany", "GPE", "DEU", ["Germany"]),
        entity("Vadim Krasikov", "PER", "RUS", ["Vadim Krasikov, a Russian serving a life sentence", "a convicted murderer"]),
        entity("Zelimkhan Khangoshvili", "PER", "GEO", ["a Chechen-Georgian dissident"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Slovenia", "GPE", "SVN", ["Slovenia"]),
        entity("Norway", "GPE", "NOR", ["Norway"]),
        entity("Poland", "GPE", "POL", ["Poland"]),
        entity("Russian prisoners", "ORG", "RUS", ["Russians held on spying charges", "the returning Russians", "them"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "Biden"]),
        entity("White House", "LOC", "USA", ["the White House"]),
        entity("Reporters", "ORG", None, ["reporters"]),
        entity("Relatives of the freed Americans", "ORG", "USA", ["relatives of the freed Americans"]),
        entity("Olaf Scholz", "PER", "DEU", ["German Chancellor Olaf Scholz", "Scholz"]),
        entity("Allies of the United States", "ORG", None, ["allies"]),
        entity("Vladimir Putin", "PER", "RUS", ["President Vladimir Putin", "Putin"]),
        entity("Vnukovo airport", "LOC", "RUS", ["Vnukovo airport"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Russian court in Yekaterinburg", "ORG", "RUS", ["a court in Yekaterinburg"]),
        entity("Yekaterinburg", "LOC", "RUS", ["Yekaterinburg"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Wall Street Journal", "ORG", "USA", ["Wall Street Journal", "the newspaper"]),
    ],
}

# ---------------------------------------------------------------- hm133-en-02
MEX_PROTESTERS = actor("Mexican protesters", "MEX", "CVL")
MEX_SENATE = actor("Senate of Mexico", "MEX", "LEG")
YUNES = actor("Miguel Angel Yunes", "MEX", "LEG")
AMLO = actor("Andres Manuel Lopez Obrador", "MEX", "GOV")
JUD_WORKERS = actor("Mexican judicial workers", "MEX", "LAB")
LAW_STUDENTS = actor("Mexican law students", "MEX", "CVL")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
MORENA = actor("Morena", "MEX", "PTY")
MEX_JUDICIARY = actor("Mexican judiciary", "MEX", "JUD")
SALAZAR = actor("Ken Salazar", "USA", "GOV")
US_EMBASSY = actor("U.S. Embassy in Mexico", "USA", "GOV")
CAN_EMBASSY = actor("Canadian Embassy in Mexico", "CAN", "GOV")
PINA = actor("Norma Pina", "MEX", "JUD")
MEX_CONGRESS = actor("Congress of Mexico", "MEX", "LEG")

F1 = "Mexico's Senate approved a sweeping overhaul of the judiciary early on Wednesday, hours after protesters stormed the chamber and forced lawmakers to move the debate to another building."
F2 = "The reform, championed by outgoing President Andres Manuel Lopez Obrador, will have all federal judges, including Supreme Court justices, elected by popular vote."
F3 = "It passed by 86 votes to 41 after Miguel Angel Yunes, a senator from the opposition National Action Party (PAN), broke ranks to back it."
F4 = "Hundreds of judicial workers and law students forced their way through the Senate doors on Tuesday afternoon, chanting \"The judiciary will not fall\" and waving Mexican flags."
F5 = "Senate President Gerardo Fernandez Norona suspended the session and reconvened it hours later in the chamber's former seat in Mexico City's historic centre."
F6 = "Court employees have been on strike since mid-August against the reform, which they say will undermine the independence of the courts and put judges under the sway of the ruling Morena party."
F7 = "Lopez Obrador hailed the vote as a victory over a corrupt elite that he said had captured the courts."
F8 = "The overhaul has strained ties with Washington after U.S. Ambassador Ken Salazar warned last month that it posed \"a major risk\" to Mexico's democracy and to trade between the two countries."
F9 = "Lopez Obrador responded by putting relations with the U.S. and Canadian embassies \"on pause.\""
F10 = "Supreme Court Chief Justice Norma Pina had called on Congress to reject the bill."

EN02 = {
    "id": "hm133-en-02", "lang": "en", "url": None, "published": "2024-09-11",
    "title": "Mexico's Senate passes judicial overhaul after protesters storm chamber",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8, F9, F10]),
    "events": [
        event("PROTEST", MEX_PROTESTERS, MEX_SENATE, F1, mode="obstruct", date="2024-09-10", location="Mexico City", location_country="MEX"),
        event("SUPPORT", YUNES, AMLO, F3, date="2024-09-11", location="Mexico City", location_country="MEX"),
        event("PROTEST", JUD_WORKERS, MEX_SENATE, F4, mode="obstruct", date="2024-09-10", location="Mexico City", location_country="MEX"),
        event("PROTEST", LAW_STUDENTS, MEX_SENATE, F4, mode="obstruct", date="2024-09-10", location="Mexico City", location_country="MEX"),
        event("PROTEST", JUD_WORKERS, MEX_GOV, F6, mode="strike"),
        event("ACCUSE", JUD_WORKERS, MORENA, F6, mode="disapprove"),
        event("SUPPORT", AMLO, MEX_SENATE, F7),
        event("ACCUSE", AMLO, MEX_JUDICIARY, F7, mode="allege"),
        event("ACCUSE", SALAZAR, MEX_GOV, F8, mode="disapprove"),
        event("SANCTION", AMLO, US_EMBASSY, F9, mode="discontinue"),
        event("SANCTION", AMLO, CAN_EMBASSY, F9, mode="discontinue"),
        event("REQUEST", PINA, MEX_CONGRESS, F10, mode="change"),
    ],
    "quotes": [
        quote("The judiciary will not fall", "Mexican protesters", "direct"),
        quote("will undermine the independence of the courts and put judges under the sway of the ruling Morena party", "Mexican judicial workers", "indirect"),
        quote("had captured the courts", "Andres Manuel Lopez Obrador", "indirect"),
        quote("a major risk", "Ken Salazar", "direct"),
        quote("it posed \"a major risk\" to Mexico's democracy and to trade between the two countries", "Ken Salazar", "indirect"),
        quote("on pause", "Andres Manuel Lopez Obrador", "direct"),
    ],
    "entities": [
        entity("Senate of Mexico", "ORG", "MEX", ["Mexico's Senate", "the chamber", "lawmakers", "the Senate", "Senate"]),
        entity("Mexico", "GPE", "MEX", ["Mexico"]),
        entity("Mexican judiciary", "ORG", "MEX", ["the judiciary", "the courts"]),
        entity("Mexican protesters", "ORG", "MEX", ["protesters"]),
        entity("Andres Manuel Lopez Obrador", "PER", "MEX", ["outgoing President Andres Manuel Lopez Obrador", "Lopez Obrador", "he"]),
        entity("Supreme Court of Mexico", "ORG", "MEX", ["Supreme Court"]),
        entity("Miguel Angel Yunes", "PER", "MEX", ["Miguel Angel Yunes, a senator from the opposition National Action Party (PAN)"]),
        entity("National Action Party", "ORG", "MEX", ["the opposition National Action Party (PAN)", "PAN"]),
        entity("Mexican judicial workers", "ORG", "MEX", ["Hundreds of judicial workers", "Court employees", "they"]),
        entity("Mexican law students", "ORG", "MEX", ["law students"]),
        entity("Gerardo Fernandez Norona", "PER", "MEX", ["Senate President Gerardo Fernandez Norona"]),
        entity("Mexico City", "LOC", "MEX", ["Mexico City"]),
        entity("Morena", "ORG", "MEX", ["the ruling Morena party"]),
        entity("Corrupt elite", "ORG", "MEX", ["a corrupt elite"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Ken Salazar", "PER", "USA", ["U.S. Ambassador Ken Salazar"]),
        entity("U.S. Embassy in Mexico", "ORG", "USA", ["the U.S. and Canadian embassies"]),
        entity("Canadian Embassy in Mexico", "ORG", "CAN", ["the U.S. and Canadian embassies"]),
        entity("Norma Pina", "PER", "MEX", ["Supreme Court Chief Justice Norma Pina"]),
        entity("Congress of Mexico", "ORG", "MEX", ["Congress"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
