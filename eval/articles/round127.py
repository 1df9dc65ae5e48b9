"""Round 127: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm127-de-01: Latvia's Saeima votes to leave the Istanbul Convention; protest in Riga, Siliņa's coalition row (2025-10-31).
- hm127-de-02: Poland closes the Russian consulate in Kraków over the Marywilska arson; Moscow vows a response (2025-05-12).
- hm127-de-03: Aliyev blames Russia for the AZAL crash near Aktau and demands an admission of guilt (2024-12-29).
- hm127-de-04: Wilders pulls the PVV out of the Dutch coalition; Schoof offers the cabinet's resignation (2025-06-03).
- hm127-en-01: Slovak Prime Minister Robert Fico shot in Handlova; suspect detained, reactions (2024-05-15).
- hm127-en-02: Canada expels six Indian diplomats over the RCMP's findings; India retaliates (2024-10-14).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm127-de-01
SAEIMA = actor("Saeima", "LVA", "LEG")
COE = actor("Council of Europe", "IGO", "IGO")
SILINA = actor("Evika Siliņa", "LVA", "GOV")
ZZS = actor("Union of Greens and Farmers", "LVA", "PTY")
LVA_PROTESTERS = actor("Latvian protesters", "LVA", "CVL")
LVA_NGOS = actor("Latvian women's rights organisations", "LVA", "NGO")
RINKEVICS = actor("Edgars Rinkēvičs", "LVA", "GOV")
BERSET = actor("Alain Berset", "IGO", "IGO")
LVA_GOV = actor("Government of Latvia", "LVA", "GOV")
LAHBIB = actor("Hadja Lahbib", "EUR", "IGO")

A1 = "Das lettische Parlament hat am Donnerstag für den Austritt des baltischen Landes aus der Istanbul-Konvention des Europarats zum Schutz von Frauen vor Gewalt gestimmt."
A2 = "56 Abgeordnete der Saeima votierten nach stundenlanger, teils hitziger Debatte für den Gesetzentwurf, 32 stimmten dagegen."
A3 = "Eingebracht hatte ihn die oppositionelle Partei Lettland an erster Stelle, unterstützt wurde er aber auch vom Bündnis der Grünen und Bauern, das der Dreierkoalition von Ministerpräsidentin Evika Siliņa angehört."
A4 = "Siliņa warf dem Koalitionspartner vor, dem Ansehen Lettlands „schweren Schaden“ zugefügt zu haben."
A5 = "Sie forderte das Bündnis auf, seine Haltung bis zur erneuten Befassung des Parlaments zu überdenken, andernfalls sei eine weitere Zusammenarbeit in der Regierung nicht möglich."
A6 = "Bereits am Mittwochabend hatten in Riga Tausende Menschen vor dem Parlamentsgebäude gegen den Austritt demonstriert."
A7 = "Viele trugen Schilder mit der Aufschrift „Lettland ist nicht Russland“."
A8 = "Frauenrechtsorganisationen riefen Staatspräsident Edgars Rinkēvičs auf, das Gesetz nicht zu verkünden und an die Saeima zurückzuverweisen."
A9 = "Der Präsident erklärte, er werde die Entscheidung „sehr sorgfältig prüfen“; die Verfassung gibt ihm dafür zehn Tage Zeit."
A10 = "Der Generalsekretär des Europarats, Alain Berset, zeigte sich „zutiefst besorgt“ und appellierte an die lettische Führung, den Schritt zu überdenken."
A11 = "Auch EU-Gleichstellungskommissarin Hadja Lahbib kritisierte die Abstimmung als „falsches Signal“ an die Opfer häuslicher Gewalt."
A12 = "Befürworter des Austritts argumentieren, das Abkommen verbreite eine „Gender-Ideologie“ und sei mit der lettischen Verfassung unvereinbar."

DE01 = {
    "id": "hm127-de-01", "lang": "de", "url": None, "published": "2025-10-31",
    "title": "Lettlands Parlament stimmt für Austritt aus Istanbul-Konvention",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7, A8, A9], [A10, A11, A12]),
    "events": [
        event("SANCTION", SAEIMA, COE, A1, mode="withdraw", date="2025-10-30", location="Riga", location_country="LVA"),
        event("SANCTION", SAEIMA, COE, A2, mode="withdraw", date="2025-10-30", location="Riga", location_country="LVA"),
        event("ACCUSE", SILINA, ZZS, A4, mode="disapprove"),
        event("REQUEST", SILINA, ZZS, A5, mode="change"),
        event("THREATEN", SILINA, ZZS, A5, mode="relations"),
        event("PROTEST", LVA_PROTESTERS, SAEIMA, A6, mode="demo", date="2025-10-29", location="Riga", location_country="LVA"),
        event("REQUEST", LVA_NGOS, RINKEVICS, A8, mode="change"),
        event("ACCUSE", BERSET, SAEIMA, A10, mode="disapprove"),
        event("REQUEST", BERSET, LVA_GOV, A10, mode="change"),
        event("ACCUSE", LAHBIB, SAEIMA, A11, mode="disapprove"),
    ],
    "quotes": [
        quote("schweren Schaden", "Evika Siliņa", "direct"),
        quote("dem Ansehen Lettlands „schweren Schaden“ zugefügt zu haben", "Evika Siliņa", "indirect"),
        quote("seine Haltung bis zur erneuten Befassung des Parlaments zu überdenken, andernfalls sei eine weitere Zusammenarbeit in der Regierung nicht möglich", "Evika Siliņa", "indirect"),
        quote("Lettland ist nicht Russland", "Latvian protesters", "direct"),
        quote("das Gesetz nicht zu verkünden und an die Saeima zurückzuverweisen", "Latvian women's rights organisations", "indirect"),
        quote("sehr sorgfältig prüfen", "Edgars Rinkēvičs", "direct"),
        quote("er werde die Entscheidung „sehr sorgfältig prüfen“", "Edgars Rinkēvičs", "indirect"),
        quote("zutiefst besorgt", "Alain Berset", "direct"),
        quote("den Schritt zu überdenken", "Alain Berset", "indirect"),
        quote("falsches Signal", "Hadja Lahbib", "direct"),
        quote("Gender-Ideologie", "supporters of the withdrawal", "direct"),
        quote("das Abkommen verbreite eine „Gender-Ideologie“ und sei mit der lettischen Verfassung unvereinbar", "supporters of the withdrawal", "indirect"),
    ],
    "entities": [
        entity("Saeima", "ORG", "LVA", ["Das lettische Parlament", "der Saeima", "die Saeima", "des Parlaments", "dem Parlamentsgebäude"]),
        entity("Latvia", "GPE", "LVA", ["des baltischen Landes", "Lettlands", "Lettland"]),
        entity("Council of Europe", "ORG", "IGO", ["des Europarats"]),
        entity("Saeima deputies", "ORG", "LVA", ["56 Abgeordnete der Saeima"]),
        entity("Latvia First", "ORG", "LVA", ["die oppositionelle Partei Lettland an erster Stelle"]),
        entity("Union of Greens and Farmers", "ORG", "LVA", ["Bündnis der Grünen und Bauern", "dem Koalitionspartner", "das Bündnis"]),
        entity("Government of Latvia", "ORG", "LVA", ["der Dreierkoalition", "der Regierung", "die lettische Führung"]),
        entity("Evika Siliņa", "PER", "LVA", ["Ministerpräsidentin Evika Siliņa", "Siliņa", "Sie"]),
        entity("Riga", "LOC", "LVA", ["Riga"]),
        entity("Latvian protesters", "ORG", "LVA", ["Tausende Menschen", "Viele"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Latvian women's rights organisations", "ORG", "LVA", ["Frauenrechtsorganisationen"]),
        entity("Edgars Rinkēvičs", "PER", "LVA", ["Staatspräsident Edgars Rinkēvičs", "Der Präsident", "er", "ihm"]),
        entity("Alain Berset", "PER", "IGO", ["Der Generalsekretär des Europarats, Alain Berset"]),
        entity("Hadja Lahbib", "PER", "EUR", ["EU-Gleichstellungskommissarin Hadja Lahbib"]),
        entity("victims of domestic violence", "ORG", "LVA", ["die Opfer häuslicher Gewalt"]),
        entity("supporters of the withdrawal", "ORG", "LVA", ["Befürworter des Austritts"]),
    ],
}

# ---------------------------------------------------------------- hm127-de-02
POLAND = actor("Poland", "POL", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
SIKORSKI = actor("Radosław Sikorski", "POL", "GOV")
TUSK = actor("Donald Tusk", "POL", "GOV")
RUS_INTEL = actor("Russian intelligence services", "RUS", "GOV")
POL_AUTH = actor("Polish authorities", "POL", "GOV")
ARSON_SUSPECTS = actor("Marywilska arson suspects", None, "CVL")
RUS_CONSULAR = actor("Russian consular staff in Kraków", "RUS", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
BUDRYS = actor("Kęstutis Budrys", "LTU", "GOV")

B1 = "Polen schließt das russische Generalkonsulat in Krakau."
B2 = "Außenminister Radosław Sikorski teilte am Montag mit, er habe die Zustimmung zum Betrieb der Vertretung entzogen."
B3 = "Hintergrund ist der Großbrand im Warschauer Einkaufszentrum Marywilska im Mai vergangenen Jahres, bei dem rund 1400 Geschäfte zerstört worden waren."
B4 = "Ministerpräsident Donald Tusk hatte am Sonntag erklärt, die Ermittlungen hätten zweifelsfrei ergeben, dass es sich um Brandstiftung „im Auftrag russischer Geheimdienste“ gehandelt habe."
B5 = "Einige der Täter seien bereits festgenommen worden, nach weiteren werde gefahndet, schrieb Tusk auf der Plattform X."
B6 = "Die Mitarbeiter des Konsulats müssen Polen bis Ende der Woche verlassen."
B7 = "Sikorski drohte, im Fall weiterer Anschläge auch das Generalkonsulat in Danzig zu schließen."
B8 = "Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte die Entscheidung „eine weitere feindselige Handlung“ und kündigte eine Antwort Moskaus an."
B9 = "Russland weist jede Beteiligung an Sabotageakten in Europa zurück."
B10 = "Warschau hatte bereits im Oktober das russische Konsulat in Posen geschlossen, nachdem die Behörden Moskau eine Serie von Brandanschlägen und Sabotageversuchen angelastet hatten."
B11 = "Der litauische Außenminister Kęstutis Budrys schrieb auf X, Vilnius stehe „fest an der Seite“ Polens."

DE02 = {
    "id": "hm127-de-02", "lang": "de", "url": None, "published": "2025-05-12",
    "title": "Polen schließt russisches Konsulat in Krakau",
    "text": paragraphs([B1, B2, B3, B4, B5], [B6, B7, B8, B9], [B10, B11]),
    "events": [
        event("SANCTION", POLAND, RUSSIA, B1, mode="discontinue", date="2025-05-12", location="Kraków", location_country="POL"),
        event("SANCTION", SIKORSKI, RUSSIA, B2, mode="discontinue", date="2025-05-12", location="Kraków", location_country="POL"),
        event("ACCUSE", TUSK, RUS_INTEL, B4, mode="allege", date="2025-05-11"),
        event("COERCE", POL_AUTH, ARSON_SUSPECTS, B5, mode="arrest"),
        event("SANCTION", POLAND, RUS_CONSULAR, B6, mode="expel"),
        event("THREATEN", SIKORSKI, RUSSIA, B7, mode="relations"),
        event("ACCUSE", ZAKHAROVA, POLAND, B8, mode="disapprove"),
        event("THREATEN", ZAKHAROVA, POLAND, B8),
        event("SANCTION", POLAND, RUSSIA, B10, mode="discontinue", location="Poznań", location_country="POL"),
        event("ACCUSE", POL_AUTH, RUSSIA, B10, mode="allege"),
        event("SUPPORT", BUDRYS, POLAND, B11),
    ],
    "quotes": [
        quote("er habe die Zustimmung zum Betrieb der Vertretung entzogen", "Radosław Sikorski", "indirect"),
        quote("im Auftrag russischer Geheimdienste", "Donald Tusk", "direct"),
        quote("die Ermittlungen hätten zweifelsfrei ergeben, dass es sich um Brandstiftung „im Auftrag russischer Geheimdienste“ gehandelt habe", "Donald Tusk", "indirect"),
        quote("Einige der Täter seien bereits festgenommen worden, nach weiteren werde gefahndet", "Donald Tusk", "indirect"),
        quote("im Fall weiterer Anschläge auch das Generalkonsulat in Danzig zu schließen", "Radosław Sikorski", "indirect"),
        quote("eine weitere feindselige Handlung", "Maria Zakharova", "direct"),
        quote("fest an der Seite", "Kęstutis Budrys", "direct"),
        quote("Vilnius stehe „fest an der Seite“ Polens", "Kęstutis Budrys", "indirect"),
    ],
    "entities": [
        entity("Poland", "GPE", "POL", ["Polen", "Warschau", "Polens"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskaus", "Moskau"]),
        entity("Consulate General of Russia in Kraków", "ORG", "RUS", ["das russische Generalkonsulat in Krakau", "der Vertretung", "des Konsulats"]),
        entity("Kraków", "LOC", "POL", ["Krakau"]),
        entity("Radosław Sikorski", "PER", "POL", ["Außenminister Radosław Sikorski", "Sikorski", "er"]),
        entity("Marywilska 44", "LOC", "POL", ["Warschauer Einkaufszentrum Marywilska"]),
        entity("Donald Tusk", "PER", "POL", ["Ministerpräsident Donald Tusk", "Tusk"]),
        entity("Russian intelligence services", "ORG", "RUS", ["russischer Geheimdienste"]),
        entity("Marywilska arson suspects", "ORG", None, ["Einige der Täter"]),
        entity("X", "ORG", "MNC", ["der Plattform X", "X"]),
        entity("Russian consular staff in Kraków", "ORG", "RUS", ["Die Mitarbeiter des Konsulats"]),
        entity("Consulate General of Russia in Gdańsk", "ORG", "RUS", ["das Generalkonsulat in Danzig"]),
        entity("Gdańsk", "LOC", "POL", ["Danzig"]),
        entity("Maria Zakharova", "PER", "RUS", ["Die Sprecherin des russischen Außenministeriums, Maria Sacharowa"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["des russischen Außenministeriums"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("Consulate of Russia in Poznań", "ORG", "RUS", ["das russische Konsulat in Posen"]),
        entity("Poznań", "LOC", "POL", ["Posen"]),
        entity("Polish authorities", "ORG", "POL", ["die Behörden"]),
        entity("Kęstutis Budrys", "PER", "LTU", ["Der litauische Außenminister Kęstutis Budrys"]),
        entity("Lithuania", "GPE", "LTU", ["Vilnius"]),
    ],
}

# ---------------------------------------------------------------- hm127-de-03
ALIYEV = actor("Ilham Aliyev", "AZE", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
RUS_CIRCLES = actor("certain circles in Russia", "RUS", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
AZAL = actor("Azerbaijan Airlines", "AZE", "BUS")
KAZ_AUTH = actor("Kazakh authorities", "KAZ", "GOV")

C1 = "Der aserbaidschanische Präsident Ilham Alijew hat Russland offen für den Absturz eines Passagierflugzeugs der Azerbaijan Airlines in Kasachstan verantwortlich gemacht."
C2 = "Die Maschine sei über der russischen Stadt Grosny von außen beschossen und durch elektronische Störsender manövrierunfähig gemacht worden, sagte Alijew am Sonntag im Staatsfernsehen."
C3 = "Von Moskau verlangte er, die Schuld einzugestehen, die Verantwortlichen zu bestrafen und den Opfern sowie ihren Familien eine Entschädigung zu zahlen."
C4 = "„Wir wollen die Wahrheit, und wir werden sie bekommen“, sagte der Präsident."
C5 = "Zugleich warf Alijew „bestimmten Kreisen in Russland“ vor, tagelang absurde Versionen über einen Vogelschlag oder die Explosion einer Gasflasche an Bord verbreitet zu haben."
C6 = "Kremlchef Wladimir Putin hatte sich am Samstag in einem Telefonat bei Alijew dafür entschuldigt, dass sich der „tragische Vorfall“ im russischen Luftraum ereignet habe."
C7 = "Eine Verantwortung Russlands für den Absturz räumte er dabei nicht ausdrücklich ein."
C8 = "Kremlsprecher Dmitri Peskow wies die Forderung nach einem Schuldeingeständnis am Sonntag zurück und sagte, man müsse die Ergebnisse der Untersuchung abwarten."
C9 = "Bei dem Absturz nahe der kasachischen Hafenstadt Aktau waren am ersten Weihnachtstag 38 der 67 Menschen an Bord ums Leben gekommen."
C10 = "Die staatliche Fluggesellschaft hat ihre Flüge in mehrere russische Städte inzwischen ausgesetzt."
C11 = "Die kasachischen Behörden haben eine Untersuchung eingeleitet; die Flugschreiber sollen zur Auswertung nach Brasilien gebracht werden."

DE03 = {
    "id": "hm127-de-03", "lang": "de", "url": None, "published": "2024-12-29",
    "title": "Alijew macht Russland für Flugzeugabsturz verantwortlich",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11]),
    "events": [
        event("ACCUSE", ALIYEV, RUSSIA, C1, mode="allege", date="2024-12-29"),
        event("ACCUSE", ALIYEV, RUSSIA, C2, mode="allege", date="2024-12-29"),
        event("REQUEST", ALIYEV, RUSSIA, C3, date="2024-12-29"),
        event("ACCUSE", ALIYEV, RUS_CIRCLES, C5, mode="allege", date="2024-12-29"),
        event("CONCEDE", PUTIN, ALIYEV, C6, date="2024-12-28"),
        event("CONSULT", PUTIN, ALIYEV, C6, mode="phone", date="2024-12-28"),
        event("CONCEDE", PUTIN, ALIYEV, C7, date="2024-12-28", negated=True),
        event("REJECT", PESKOV, ALIYEV, C8, date="2024-12-29"),
        event("SANCTION", AZAL, RUSSIA, C10, mode="discontinue"),
        event("ACCUSE", KAZ_AUTH, None, C11, mode="investigate", location="Aktau", location_country="KAZ"),
    ],
    "quotes": [
        quote("Die Maschine sei über der russischen Stadt Grosny von außen beschossen und durch elektronische Störsender manövrierunfähig gemacht worden", "Ilham Aliyev", "indirect"),
        quote("die Schuld einzugestehen, die Verantwortlichen zu bestrafen und den Opfern sowie ihren Familien eine Entschädigung zu zahlen", "Ilham Aliyev", "indirect"),
        quote("Wir wollen die Wahrheit, und wir werden sie bekommen", "Ilham Aliyev", "direct"),
        quote("bestimmten Kreisen in Russland", "Ilham Aliyev", "direct"),
        quote("tagelang absurde Versionen über einen Vogelschlag oder die Explosion einer Gasflasche an Bord verbreitet zu haben", "Ilham Aliyev", "indirect"),
        quote("tragische Vorfall", "Vladimir Putin", "direct"),
        quote("dass sich der „tragische Vorfall“ im russischen Luftraum ereignet habe", "Vladimir Putin", "indirect"),
        quote("man müsse die Ergebnisse der Untersuchung abwarten", "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Ilham Aliyev", "PER", "AZE", ["Der aserbaidschanische Präsident Ilham Alijew", "Alijew", "er", "der Präsident"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau", "Russlands"]),
        entity("Azerbaijan Airlines", "ORG", "AZE", ["der Azerbaijan Airlines", "Die staatliche Fluggesellschaft"]),
        entity("Kazakhstan", "GPE", "KAZ", ["Kasachstan"]),
        entity("Grozny", "LOC", "RUS", ["der russischen Stadt Grosny"]),
        entity("Azerbaijani state television", "ORG", "AZE", ["Staatsfernsehen"]),
        entity("those responsible for the crash", "ORG", None, ["die Verantwortlichen"]),
        entity("crash victims", "ORG", None, ["den Opfern", "38 der 67 Menschen an Bord"]),
        entity("victims' families", "ORG", None, ["ihren Familien"]),
        entity("certain circles in Russia", "ORG", "RUS", ["bestimmten Kreisen in Russland"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "er"]),
        entity("Russian airspace", "LOC", "RUS", ["russischen Luftraum"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Aktau", "LOC", "KAZ", ["der kasachischen Hafenstadt Aktau"]),
        entity("Russian cities", "LOC", "RUS", ["mehrere russische Städte"]),
        entity("Kazakh authorities", "ORG", "KAZ", ["Die kasachischen Behörden"]),
        entity("Brazil", "GPE", "BRA", ["Brasilien"]),
    ],
}

# ---------------------------------------------------------------- hm127-de-04
WILDERS = actor("Geert Wilders", "NLD", "PTY")
NLD_GOV = actor("Government of the Netherlands", "NLD", "GOV")
PVV = actor("Party for Freedom", "NLD", "PTY")
VVD = actor("People's Party for Freedom and Democracy", "NLD", "PTY")
NSC = actor("New Social Contract", "NLD", "PTY")
BBB = actor("Farmer-Citizen Movement", "NLD", "PTY")
SCHOOF = actor("Dick Schoof", "NLD", "GOV")
PVV_MINISTERS = actor("PVV ministers", "NLD", "GOV")
YESILGOZ = actor("Dilan Yeşilgöz", "NLD", "PTY")
VAN_DER_PLAS = actor("Caroline van der Plas", "NLD", "PTY")
TIMMERMANS = actor("Frans Timmermans", "NLD", "OPP")

D1 = "In den Niederlanden ist die Regierung nach nicht einmal einem Jahr im Amt am Streit über die Asylpolitik zerbrochen."
D2 = "Der Rechtspopulist Geert Wilders kündigte am Dienstagmorgen an, seine Partei für die Freiheit (PVV) ziehe sich aus der Koalition zurück."
D3 = "Die Koalitionspartner VVD, NSC und BBB hatten sich geweigert, seinen Zehn-Punkte-Plan für eine drastische Verschärfung des Asylrechts ohne Abstriche zu übernehmen."
D4 = "„Keine Unterschrift unter unsere Asylpläne, keine Änderung des Koalitionsvertrags – die PVV verlässt die Koalition“, schrieb Wilders auf der Plattform X."
D5 = "Ministerpräsident Dick Schoof nannte den Schritt „unverantwortlich und unnötig“."
D6 = "Am Nachmittag bot der parteilose Regierungschef König Willem-Alexander den Rücktritt seines gesamten Kabinetts an."
D7 = "Die Minister der PVV legten ihre Ämter sofort nieder, die übrigen Kabinettsmitglieder sollen bis zu einer Neuwahl geschäftsführend im Amt bleiben."
D8 = "VVD-Chefin Dilan Yeşilgöz warf Wilders vor, er stelle „sein eigenes Ego über das Land“."
D9 = "Die Vorsitzende der Bauernpartei BBB, Caroline van der Plas, sprach von einem „Verrat an den Wählern“."
D10 = "Oppositionsführer Frans Timmermans vom rot-grünen Bündnis forderte, die Wähler müssten nun „so schnell wie möglich“ das Wort bekommen."
D11 = "Wilders kündigte an, er werde als Spitzenkandidat antreten und wolle Ministerpräsident werden."

DE04 = {
    "id": "hm127-de-04", "lang": "de", "url": None, "published": "2025-06-03",
    "title": "Niederländische Regierung zerbricht am Asylstreit",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7], [D8, D9, D10, D11]),
    "events": [
        event("SANCTION", WILDERS, NLD_GOV, D2, mode="withdraw", date="2025-06-03"),
        event("REJECT", VVD, PVV, D3, mode="change"),
        event("REJECT", NSC, PVV, D3, mode="change"),
        event("REJECT", BBB, PVV, D3, mode="change"),
        event("SANCTION", WILDERS, NLD_GOV, D4, mode="withdraw", date="2025-06-03"),
        event("ACCUSE", SCHOOF, WILDERS, D5, mode="disapprove", date="2025-06-03"),
        event("RETREAT", SCHOOF, None, D6, mode="resign", date="2025-06-03"),
        event("RETREAT", PVV_MINISTERS, None, D7, mode="resign", date="2025-06-03"),
        event("ACCUSE", YESILGOZ, WILDERS, D8, mode="disapprove"),
        event("ACCUSE", VAN_DER_PLAS, WILDERS, D9, mode="disapprove"),
        event("REQUEST", TIMMERMANS, NLD_GOV, D10, mode="change"),
    ],
    "quotes": [
        quote("seine Partei für die Freiheit (PVV) ziehe sich aus der Koalition zurück", "Geert Wilders", "indirect"),
        quote("Keine Unterschrift unter unsere Asylpläne, keine Änderung des Koalitionsvertrags – die PVV verlässt die Koalition", "Geert Wilders", "direct"),
        quote("unverantwortlich und unnötig", "Dick Schoof", "direct"),
        quote("sein eigenes Ego über das Land", "Dilan Yeşilgöz", "direct"),
        quote("er stelle „sein eigenes Ego über das Land“", "Dilan Yeşilgöz", "indirect"),
        quote("Verrat an den Wählern", "Caroline van der Plas", "direct"),
        quote("so schnell wie möglich", "Frans Timmermans", "direct"),
        quote("die Wähler müssten nun „so schnell wie möglich“ das Wort bekommen", "Frans Timmermans", "indirect"),
        quote("er werde als Spitzenkandidat antreten und wolle Ministerpräsident werden", "Geert Wilders", "indirect"),
    ],
    "entities": [
        entity("Netherlands", "GPE", "NLD", ["den Niederlanden", "das Land"]),
        entity("Government of the Netherlands", "ORG", "NLD", ["die Regierung", "der Koalition", "die Koalition", "seines gesamten Kabinetts"]),
        entity("Geert Wilders", "PER", "NLD", ["Der Rechtspopulist Geert Wilders", "Wilders", "er"]),
        entity("Party for Freedom", "ORG", "NLD", ["seine Partei für die Freiheit (PVV)", "die PVV", "der PVV"]),
        entity("coalition partners", "ORG", "NLD", ["Die Koalitionspartner VVD, NSC und BBB"]),
        entity("People's Party for Freedom and Democracy", "ORG", "NLD", ["VVD"]),
        entity("New Social Contract", "ORG", "NLD", ["NSC"]),
        entity("Farmer-Citizen Movement", "ORG", "NLD", ["der Bauernpartei BBB", "BBB"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Dick Schoof", "PER", "NLD", ["Ministerpräsident Dick Schoof", "der parteilose Regierungschef"]),
        entity("Willem-Alexander", "PER", "NLD", ["König Willem-Alexander"]),
        entity("PVV ministers", "ORG", "NLD", ["Die Minister der PVV"]),
        entity("remaining cabinet members", "ORG", "NLD", ["die übrigen Kabinettsmitglieder"]),
        entity("Dilan Yeşilgöz", "PER", "NLD", ["VVD-Chefin Dilan Yeşilgöz"]),
        entity("Caroline van der Plas", "PER", "NLD", ["Die Vorsitzende der Bauernpartei BBB, Caroline van der Plas"]),
        entity("Dutch voters", "ORG", "NLD", ["den Wählern", "die Wähler"]),
        entity("Frans Timmermans", "PER", "NLD", ["Oppositionsführer Frans Timmermans"]),
        entity("GroenLinks-PvdA", "ORG", "NLD", ["rot-grünen Bündnis"]),
    ],
}

# ---------------------------------------------------------------- hm127-en-01
FICO = actor("Robert Fico", "SVK", "GOV")
CINTULA = actor("Juraj Cintula", "SVK", "CVL")
SVK_SECURITY = actor("Slovak security officers", "SVK", "COP")
KALINAK = actor("Robert Kalinak", "SVK", "GOV")
SVK_OPP = actor("Slovak opposition", "SVK", "OPP")
SVK_MEDIA = actor("Slovak media", "SVK", "CVL")
SVK_POLICE = actor("Slovak police", "SVK", "COP")
CAPUTOVA = actor("Zuzana Caputova", "SVK", "GOV")
SLOVAKS = actor("Slovak public", "SVK", "CVL")
PS = actor("Progressive Slovakia", "SVK", "OPP")
SVK_GOV = actor("Government of Slovakia", "SVK", "GOV")
VDL = actor("Ursula von der Leyen", "EUR", "IGO")
BIDEN = actor("Joe Biden", "USA", "GOV")
ORBAN = actor("Viktor Orban", "HUN", "GOV")
SVK_PROTESTERS = actor("Slovak protesters", "SVK", "CVL")

E1 = "Slovak Prime Minister Robert Fico was shot several times and seriously wounded on Wednesday after a government meeting in the central town of Handlova, officials said."
E2 = "A 71-year-old man fired five shots at Fico as the premier greeted supporters outside the town's House of Culture, and security officers wrestled the suspect to the ground and detained him."
E3 = "Fico was flown by helicopter to a hospital in Banska Bystrica, where surgeons operated on him for several hours."
E4 = "\"His condition is serious, but the operation went well,\" Deputy Prime Minister Tomas Taraba told reporters late on Wednesday."
E5 = "Defence Minister Robert Kalinak said the attack was politically motivated and blamed \"hateful rhetoric\" by opposition politicians and parts of the media for poisoning the atmosphere in the country."
E6 = "Interior Minister Matus Sutaj Estok said police were investigating the shooting as attempted premeditated murder."
E7 = "President Zuzana Caputova condemned what she called a \"brutal and ruthless attack\" and urged Slovaks to step back from confrontation."
E8 = "The liberal opposition party Progressive Slovakia, which had planned a rally in Bratislava on Wednesday evening against the government's overhaul of public broadcaster RTVS, called off the protest."
E9 = "European Commission President Ursula von der Leyen called the shooting a \"vile attack\", while U.S. President Joe Biden said he was alarmed to hear of the \"horrific act of violence\"."
E10 = "Hungarian Prime Minister Viktor Orban, a close ally of Fico, said he was \"deeply shocked\" and wished his friend a speedy recovery."
E11 = "Kremlin spokesman Dmitry Peskov called the attack a \"monstrous crime\"."
E12 = "Fico, who returned to power last October, has faced months of street protests over his plans to dissolve RTVS and to scrap the special prosecutor's office."

EN01 = {
    "id": "hm127-en-01", "lang": "en", "url": None, "published": "2024-05-15",
    "title": "Slovak Prime Minister Fico shot and seriously wounded",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11, E12]),
    "events": [
        event("ASSAULT", CINTULA, FICO, E1, mode="firearms", date="2024-05-15", location="Handlova", location_country="SVK"),
        event("ASSAULT", CINTULA, FICO, E2, mode="firearms", date="2024-05-15", location="Handlova", location_country="SVK"),
        event("COERCE", SVK_SECURITY, CINTULA, E2, mode="arrest", date="2024-05-15", location="Handlova", location_country="SVK"),
        event("ACCUSE", KALINAK, SVK_OPP, E5, mode="disapprove", date="2024-05-15"),
        event("ACCUSE", KALINAK, SVK_MEDIA, E5, mode="disapprove", date="2024-05-15"),
        event("ACCUSE", SVK_POLICE, CINTULA, E6, mode="investigate"),
        event("ACCUSE", CAPUTOVA, CINTULA, E7, mode="disapprove"),
        event("REQUEST", CAPUTOVA, SLOVAKS, E7),
        event("CONCEDE", PS, SVK_GOV, E8, date="2024-05-15", location="Bratislava", location_country="SVK"),
        event("ACCUSE", VDL, CINTULA, E9, mode="disapprove"),
        event("ACCUSE", BIDEN, CINTULA, E9, mode="disapprove"),
        event("SUPPORT", ORBAN, FICO, E10),
        event("ACCUSE", PESKOV, CINTULA, E11, mode="disapprove"),
        event("PROTEST", SVK_PROTESTERS, FICO, E12, mode="demo"),
    ],
    "quotes": [
        quote("Slovak Prime Minister Robert Fico was shot several times and seriously wounded on Wednesday after a government meeting in the central town of Handlova", "Slovak officials", "indirect"),
        quote("His condition is serious, but the operation went well", "Tomas Taraba", "direct"),
        quote("the attack was politically motivated", "Robert Kalinak", "indirect"),
        quote("hateful rhetoric", "Robert Kalinak", "direct"),
        quote("police were investigating the shooting as attempted premeditated murder", "Matus Sutaj Estok", "indirect"),
        quote("brutal and ruthless attack", "Zuzana Caputova", "direct"),
        quote("vile attack", "Ursula von der Leyen", "direct"),
        quote("he was alarmed to hear of the \"horrific act of violence\"", "Joe Biden", "indirect"),
        quote("horrific act of violence", "Joe Biden", "direct"),
        quote("he was \"deeply shocked\"", "Viktor Orban", "indirect"),
        quote("deeply shocked", "Viktor Orban", "direct"),
        quote("monstrous crime", "Dmitry Peskov", "direct"),
    ],
    "entities": [
        entity("Robert Fico", "PER", "SVK", ["Slovak Prime Minister Robert Fico", "Fico", "the premier", "him", "His", "his friend"]),
        entity("Slovak officials", "ORG", "SVK", ["officials"]),
        entity("Handlova", "LOC", "SVK", ["the central town of Handlova", "the town"]),
        entity("House of Culture", "LOC", "SVK", ["House of Culture"]),
        entity("Juraj Cintula", "PER", "SVK", ["A 71-year-old man", "the suspect"]),
        entity("Fico supporters", "ORG", "SVK", ["supporters"]),
        entity("Slovak security officers", "ORG", "SVK", ["security officers"]),
        entity("F. D. Roosevelt University Hospital", "ORG", "SVK", ["a hospital in Banska Bystrica"]),
        entity("Banska Bystrica", "LOC", "SVK", ["Banska Bystrica"]),
        entity("surgeons", "ORG", "SVK", ["surgeons"]),
        entity("Tomas Taraba", "PER", "SVK", ["Deputy Prime Minister Tomas Taraba"]),
        entity("reporters", "ORG", None, ["reporters"]),
        entity("Robert Kalinak", "PER", "SVK", ["Defence Minister Robert Kalinak"]),
        entity("Slovak opposition", "ORG", "SVK", ["opposition politicians"]),
        entity("Slovak media", "ORG", "SVK", ["parts of the media"]),
        entity("Slovakia", "GPE", "SVK", ["the country"]),
        entity("Matus Sutaj Estok", "PER", "SVK", ["Interior Minister Matus Sutaj Estok"]),
        entity("Slovak police", "ORG", "SVK", ["police"]),
        entity("Zuzana Caputova", "PER", "SVK", ["President Zuzana Caputova", "she"]),
        entity("Slovak public", "ORG", "SVK", ["Slovaks"]),
        entity("Progressive Slovakia", "ORG", "SVK", ["The liberal opposition party Progressive Slovakia"]),
        entity("Bratislava", "LOC", "SVK", ["Bratislava"]),
        entity("Government of Slovakia", "ORG", "SVK", ["the government"]),
        entity("RTVS", "ORG", "SVK", ["public broadcaster RTVS", "RTVS"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["European Commission President Ursula von der Leyen"]),
        entity("European Commission", "ORG", "EUR", ["European Commission"]),
        entity("Joe Biden", "PER", "USA", ["U.S. President Joe Biden", "he"]),
        entity("Viktor Orban", "PER", "HUN", ["Hungarian Prime Minister Viktor Orban"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Kremlin", "ORG", "RUS", ["Kremlin"]),
        entity("Special Prosecutor's Office", "ORG", "SVK", ["the special prosecutor's office"]),
    ],
}

# ---------------------------------------------------------------- hm127-en-02
CANADA = actor("Canada", "CAN", "GOV")
INDIA = actor("India", "IND", "GOV")
IND_DIPLOMATS = actor("Indian diplomats in Canada", "IND", "GOV")
CAN_DIPLOMATS = actor("Canadian diplomats in India", "CAN", "GOV")
RCMP = actor("Royal Canadian Mounted Police", "CAN", "COP")
DUHEME = actor("Mike Duheme", "CAN", "COP")
IND_AGENTS = actor("Indian government agents", "IND", "GOV")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
MEA = actor("Ministry of External Affairs of India", "IND", "GOV")
WSO = actor("World Sikh Organization of Canada", "CAN", "NGO")

F1 = "Canada expelled India's top diplomat and five other Indian envoys on Monday after police accused agents of the Indian government of involvement in a campaign of violence against Sikh separatists on Canadian soil."
F2 = "India responded within hours by ordering six Canadian diplomats, including acting High Commissioner Stewart Wheeler, to leave the country by midnight on Saturday."
F3 = "New Delhi said it had also decided to withdraw its high commissioner, Sanjay Kumar Verma, because it had no faith in the Canadian government's commitment to ensure his safety."
F4 = "Royal Canadian Mounted Police Commissioner Mike Duheme told a news conference that investigators had uncovered evidence linking Indian agents to homicides, extortion and coercion targeting members of the South Asian community, particularly pro-Khalistan activists."
F5 = "Prime Minister Justin Trudeau said India had made \"a fundamental error\" by supporting criminal activity against Canadians and by refusing to cooperate with the investigation."
F6 = "Foreign Minister Melanie Joly said Ottawa had asked New Delhi over the weekend to waive the diplomatic immunity of the six diplomats so that they could be questioned, but India had declined."
F7 = "India's foreign ministry dismissed the allegations as \"preposterous\" and accused Trudeau of pursuing a political agenda centred on vote-bank politics."
F8 = "The ministry also summoned Wheeler to protest against what it called the \"utterly unacceptable\" targeting of Indian diplomats."
F9 = "Relations between the two countries have been strained since Trudeau told parliament in September 2023 that there were credible allegations linking Indian agents to the killing of Sikh separatist leader Hardeep Singh Nijjar outside a temple in Surrey, British Columbia."
F10 = "The World Sikh Organization of Canada welcomed the expulsions and urged Ottawa to take further steps against foreign interference."

EN02 = {
    "id": "hm127-en-02", "lang": "en", "url": None, "published": "2024-10-14",
    "title": "Canada expels six Indian diplomats over violence against Sikh activists",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8, F9, F10]),
    "events": [
        event("SANCTION", CANADA, IND_DIPLOMATS, F1, mode="expel", date="2024-10-14"),
        event("ACCUSE", RCMP, IND_AGENTS, F1, mode="allege", date="2024-10-14"),
        event("SANCTION", INDIA, CAN_DIPLOMATS, F2, mode="expel", date="2024-10-14"),
        event("SANCTION", INDIA, CANADA, F3, mode="withdraw", date="2024-10-14"),
        event("ACCUSE", DUHEME, IND_AGENTS, F4, mode="allege", date="2024-10-14"),
        event("ACCUSE", TRUDEAU, INDIA, F5, mode="allege", date="2024-10-14"),
        event("REQUEST", CANADA, INDIA, F6, mode="assist"),
        event("REJECT", INDIA, CANADA, F6, mode="assist"),
        event("ACCUSE", MEA, TRUDEAU, F7, mode="disapprove", date="2024-10-14"),
        event("ACCUSE", MEA, CANADA, F8, mode="disapprove", date="2024-10-14", location="New Delhi", location_country="IND"),
        event("ACCUSE", TRUDEAU, INDIA, F9, mode="allege"),
        event("SUPPORT", WSO, CANADA, F10),
        event("REQUEST", WSO, CANADA, F10, mode="change"),
    ],
    "quotes": [
        quote("it had also decided to withdraw its high commissioner, Sanjay Kumar Verma, because it had no faith in the Canadian government's commitment to ensure his safety", "Government of India", "indirect"),
        quote("investigators had uncovered evidence linking Indian agents to homicides, extortion and coercion targeting members of the South Asian community, particularly pro-Khalistan activists", "Mike Duheme", "indirect"),
        quote("a fundamental error", "Justin Trudeau", "direct"),
        quote("India had made \"a fundamental error\" by supporting criminal activity against Canadians and by refusing to cooperate with the investigation", "Justin Trudeau", "indirect"),
        quote("Ottawa had asked New Delhi over the weekend to waive the diplomatic immunity of the six diplomats so that they could be questioned, but India had declined", "Melanie Joly", "indirect"),
        quote("preposterous", "Ministry of External Affairs of India", "direct"),
        quote("utterly unacceptable", "Ministry of External Affairs of India", "direct"),
        quote("there were credible allegations linking Indian agents to the killing of Sikh separatist leader Hardeep Singh Nijjar outside a temple in Surrey, British Columbia", "Justin Trudeau", "indirect"),
    ],
    "entities": [
        entity("Canada", "GPE", "CAN", ["Canada", "Canadian soil", "Ottawa"]),
        entity("India", "GPE", "IND", ["India", "the country", "New Delhi"]),
        entity("Indian diplomats in Canada", "ORG", "IND", ["India's top diplomat and five other Indian envoys", "the six diplomats", "Indian diplomats"]),
        entity("Royal Canadian Mounted Police", "ORG", "CAN", ["police", "Royal Canadian Mounted Police"]),
        entity("Indian government agents", "ORG", "IND", ["agents of the Indian government", "Indian agents"]),
        entity("Government of India", "ORG", "IND", ["the Indian government"]),
        entity("Sikh separatists", "ORG", "CAN", ["Sikh separatists"]),
        entity("Canadian diplomats in India", "ORG", "CAN", ["six Canadian diplomats"]),
        entity("Stewart Wheeler", "PER", "CAN", ["acting High Commissioner Stewart Wheeler", "Wheeler"]),
        entity("Sanjay Kumar Verma", "PER", "IND", ["its high commissioner, Sanjay Kumar Verma", "his"]),
        entity("Government of Canada", "ORG", "CAN", ["the Canadian government"]),
        entity("Mike Duheme", "PER", "CAN", ["Royal Canadian Mounted Police Commissioner Mike Duheme"]),
        entity("RCMP investigators", "ORG", "CAN", ["investigators"]),
        entity("South Asian community in Canada", "ORG", "CAN", ["members of the South Asian community"]),
        entity("pro-Khalistan activists", "ORG", "CAN", ["pro-Khalistan activists"]),
        entity("Justin Trudeau", "PER", "CAN", ["Prime Minister Justin Trudeau", "Trudeau"]),
        entity("Canadians", "ORG", "CAN", ["Canadians"]),
        entity("Melanie Joly", "PER", "CAN", ["Foreign Minister Melanie Joly"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["India's foreign ministry", "The ministry"]),
        entity("Parliament of Canada", "ORG", "CAN", ["parliament"]),
        entity("Hardeep Singh Nijjar", "PER", "CAN", ["Sikh separatist leader Hardeep Singh Nijjar"]),
        entity("Guru Nanak Sikh Gurdwara", "LOC", "CAN", ["a temple in Surrey, British Columbia"]),
        entity("Surrey", "LOC", "CAN", ["Surrey"]),
        entity("British Columbia", "LOC", "CAN", ["British Columbia"]),
        entity("World Sikh Organization of Canada", "ORG", "CAN", ["The World Sikh Organization of Canada"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
