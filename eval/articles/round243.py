"""Round 243: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm243-de-01: Transnistria's congress of deputies in Tiraspol asks Russia's Duma and Federation Council for protection against Chisinau's pressure; Chisinau speaks of propaganda, Moscow calls protection a priority, Washington and the EU back Moldova (2024-02-28).
- hm243-de-02: Putin signs the revised nuclear doctrine on the war's 1000th day as Moscow reports Ukraine's first ATACMS strike on the Bryansk region; Lavrov threatens, Borrell and Baerbock object, Zelensky asks the EU for air defence (2024-11-19).
- hm243-de-03: A Berlin administrative court rules the rejection of three Somali asylum seekers at the Polish border unlawful; Dobrindt sticks to the practice against the Greens and the Left, Pro Asyl and the police union react, Tusk threatens border checks (2025-06-02).
- hm243-de-04: Putin admits to Aliyev in Dushanbe that Russian air-defence missiles caused the AZAL crash near Aktau and promises compensation; Aliyev thanks him, background of the Yekaterinburg raids and the Sputnik arrests (2025-10-09).
- hm243-en-01: Trump's "Liberation Day" tariffs: 20% on the EU, 34% on China; Canada and Mexico spared, von der Leyen and Carney announce countermeasures, Sheinbaum rules out retaliation, Beijing demands a reversal (2025-04-03).
- hm243-en-02: Biden pardons his son Hunter before sentencing in the gun and tax cases; Trump, Polis, Bennet and Comer criticise, special counsel Weiss defends the prosecutions (2024-12-02).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm243-de-01 (Transnistria asks Moscow for protection)
TRANSNISTRIA = actor("Transnistria", "MDA", "REB")
TR_CONGRESS = actor("Congress of Deputies of Transnistria", "MDA", "REB")
RUSSIA = actor("Russia", "RUS", "GOV")
DUMA = actor("State Duma", "RUS", "LEG")
FED_COUNCIL = actor("Federation Council of Russia", "RUS", "LEG")
MDA_GOV = actor("Government of Moldova", "MDA", "GOV")
TR_COMPANIES = actor("companies in Transnistria", "MDA", "BUS")
KRASNOSELSKY = actor("Vadim Krasnoselsky", "MDA", "REB")
UN = actor("United Nations", "UNO", "IGO")
OSCE = actor("Organization for Security and Co-operation in Europe", "IGO", "IGO")
ICRC = actor("International Committee of the Red Cross", "NGO", "NGO")
MDA_REINTEGRATION = actor("Bureau for Reintegration of Moldova", "MDA", "GOV")
RUS_MFA = actor("Ministry of Foreign Affairs of Russia", "RUS", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
MOLDOVA = actor("Moldova", "MDA", "GOV")
EU_COMM = actor("European Commission", "EUR", "IGO")

T1 = ("Tiraspol (dpa) - Die von der Republik Moldau abtrünnige Region Transnistrien hat Russland um Schutz vor dem "
      "wachsenden Druck aus Chisinau gebeten.")
T2 = ("Ein Kongress von Abgeordneten aller Ebenen verabschiedete am Mittwoch in Tiraspol eine Resolution, in der die "
      "Staatsduma und der Föderationsrat in Moskau um »Maßnahmen zum Schutz Transnistriens« ersucht werden.")
T3 = ("Die moldauische Führung betreibe gegen die Region einen Wirtschaftskrieg und verletze die Rechte ihrer "
      "Bewohner, heißt es in dem Text.")
T4 = "Hintergrund sind vor allem Zölle, die Chisinau seit Jahresbeginn von Unternehmen aus dem Landstrich am Dnjestr erhebt."
T5 = "„Chisinau hat uns den Wirtschaftskrieg erklärt“, sagte Transnistriens Machthaber Wadim Krasnoselski vor den Delegierten."
T6 = ("Zugleich wandten sich die Delegierten an die Vereinten Nationen, die OSZE und das Internationale Komitee vom "
      "Roten Kreuz.")
T7 = "Das moldauische Büro für Reintegration nannte den Kongress eine Propagandaveranstaltung."
T8 = "„Es gibt keine Gefahr und keine Eskalation“, sagte Vizeregierungschef Oleg Serebrian in Chisinau."
T9 = ("Anders als von manchen Beobachtern befürchtet, bat der Kongress Moskau nicht um eine Aufnahme der Region in die "
      "Russische Föderation.")
T10 = ("In Moskau erklärte das Außenministerium, der Schutz der Einwohner Transnistriens gehöre zu den Prioritäten "
       "Russlands.")
T11 = "Man werde die Bitte der Abgeordneten sorgfältig prüfen, sagte Sprecherin Maria Sacharowa."
T12 = "Russland hat in der Region rund 1500 Soldaten stationiert, offiziell als Friedenstruppe."
T13 = "Der schmale Landstreifen am Ostufer des Dnjestr hatte sich 1990 losgesagt, 1992 folgte ein kurzer Krieg."
T14 = "Das US-Außenministerium bekräftigte seine Unterstützung für die Souveränität und territoriale Integrität Moldaus."
T15 = ("Ein Sprecher der EU-Kommission forderte Moskau auf, sich nicht in die inneren Angelegenheiten des "
       "Beitrittskandidaten einzumischen.")

DE01 = {
    "id": "hm243-de-01", "lang": "de", "url": None, "published": "2024-02-28",
    "title": "Transnistrien bittet Russland um Schutz",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8, T9], [T10, T11, T12, T13], [T14, T15]),
    "events": [
        event("REQUEST", TRANSNISTRIA, RUSSIA, T1, mode="assist"),
        event("REQUEST", TR_CONGRESS, DUMA, T2, mode="assist", location="Tiraspol", location_country="MDA"),
        event("REQUEST", TR_CONGRESS, FED_COUNCIL, T2, mode="assist", location="Tiraspol", location_country="MDA"),
        event("ACCUSE", TR_CONGRESS, MDA_GOV, T3, mode="allege"),
        event("SANCTION", MDA_GOV, TR_COMPANIES, T4),
        event("ACCUSE", KRASNOSELSKY, MDA_GOV, T5, mode="allege"),
        event("REQUEST", TR_CONGRESS, UN, T6, mode="assist"),
        event("REQUEST", TR_CONGRESS, OSCE, T6, mode="assist"),
        event("REQUEST", TR_CONGRESS, ICRC, T6, mode="assist"),
        event("ACCUSE", MDA_REINTEGRATION, TR_CONGRESS, T7, mode="disapprove"),
        event("REQUEST", TR_CONGRESS, RUSSIA, T9, negated=True),
        event("SUPPORT", RUS_MFA, TRANSNISTRIA, T10),
        event("SUPPORT", US_STATE, MOLDOVA, T14),
        event("REQUEST", EU_COMM, RUSSIA, T15, mode="change"),
    ],
    "quotes": [
        quote("Maßnahmen zum Schutz Transnistriens", "Congress of Deputies of Transnistria", "direct"),
        quote("Die moldauische Führung betreibe gegen die Region einen Wirtschaftskrieg und verletze die Rechte ihrer "
              "Bewohner", "Congress of Deputies of Transnistria", "indirect"),
        quote("Chisinau hat uns den Wirtschaftskrieg erklärt", "Vadim Krasnoselsky", "direct"),
        quote("Es gibt keine Gefahr und keine Eskalation", "Oleg Serebrian", "direct"),
        quote("der Schutz der Einwohner Transnistriens gehöre zu den Prioritäten Russlands",
              "Ministry of Foreign Affairs of Russia", "indirect"),
        quote("Man werde die Bitte der Abgeordneten sorgfältig prüfen", "Maria Zakharova", "indirect"),
    ],
    "entities": [
        entity("Tiraspol", "LOC", "MDA", ["Tiraspol"]),
        entity("Moldova", "LOC", "MDA", ["Republik Moldau", "Moldaus"]),
        entity("Transnistria", "LOC", "MDA", ["Region Transnistrien", "Transnistriens", "der Region", "die Region"]),
        entity("Russia", "LOC", "RUS", ["Russland", "Russlands", "Russische Föderation"]),
        entity("Chisinau", "LOC", "MDA", ["Chisinau"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Dniester", "LOC", "MDA", ["Dnjestr"]),
        entity("Congress of Deputies of Transnistria", "ORG", "MDA",
               ["Ein Kongress von Abgeordneten aller Ebenen", "der Kongress", "den Kongress", "die Delegierten",
                "den Delegierten"]),
        entity("State Duma", "ORG", "RUS", ["Staatsduma"]),
        entity("Federation Council of Russia", "ORG", "RUS", ["der Föderationsrat"]),
        entity("Vadim Krasnoselsky", "PER", "MDA", ["Wadim Krasnoselski"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen"]),
        entity("Organization for Security and Co-operation in Europe", "ORG", "IGO", ["die OSZE"]),
        entity("International Committee of the Red Cross", "ORG", "NGO",
               ["das Internationale Komitee vom Roten Kreuz"]),
        entity("Bureau for Reintegration of Moldova", "ORG", "MDA", ["Das moldauische Büro für Reintegration"]),
        entity("Oleg Serebrian", "PER", "MDA", ["Vizeregierungschef Oleg Serebrian"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["das Außenministerium"]),
        entity("Maria Zakharova", "PER", "RUS", ["Sprecherin Maria Sacharowa"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("European Commission", "ORG", "EUR", ["der EU-Kommission"]),
    ],
}

# ---------------------------------------------------------------- hm243-de-02 (nuclear doctrine, first ATACMS on Bryansk)
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
RUS_MOD = actor("Ministry of Defence of Russia", "RUS", "MIL")
UKR_MIL = actor("Armed Forces of Ukraine", "UKR", "MIL")
RUS_MIL = actor("Russian Armed Forces", "RUS", "MIL")
BIDEN = actor("Joe Biden", "USA", "GOV")
LAVROV = actor("Sergey Lavrov", "RUS", "GOV")
USA = actor("United States", "USA", "GOV")
BORRELL = actor("Josep Borrell", "EUR", "IGO")
BAERBOCK = actor("Annalena Baerbock", "DEU", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
EU = actor("European Union", "EUR", "IGO")

N1 = ("Moskau (dpa) - Kremlchef Wladimir Putin hat am 1000. Tag des Kriegs gegen die Ukraine eine neue Atomdoktrin "
      "unterzeichnet, die die Schwelle für einen Einsatz von Kernwaffen senkt.")
N2 = ("Demnach kann ein Angriff eines Staates ohne Atomwaffen, der von einer Atommacht unterstützt wird, künftig als "
      "gemeinsamer Angriff auf Russland gewertet werden.")
N3 = ("Die Ukraine habe am Morgen erstmals sechs ballistische Raketen vom US-Typ ATACMS auf das Gebiet Brjansk "
      "abgefeuert, teilte das Verteidigungsministerium in Moskau mit.")
N4 = "Fünf davon seien abgeschossen worden, Trümmer der sechsten hätten auf einem Militärgelände einen Brand ausgelöst."
N5 = "Ein Vertreter der ukrainischen Armee bestätigte den Angriff auf ein Munitionsdepot nahe der Stadt Karatschew."
N6 = ("US-Präsident Joe Biden hatte Kiew erst vor wenigen Tagen erlaubt, die Raketen mit größerer Reichweite gegen "
      "Ziele in Russland einzusetzen.")
N7 = ("Außenminister Sergej Lawrow sprach am Rande des G20-Gipfels in Rio de Janeiro von einer »neuen Phase« des "
      "Kriegs, den die USA und ihre Verbündeten gegen Russland führten.")
N8 = "Moskau werde darauf »angemessen« reagieren, sagte er mit Blick auf den Raketenangriff."
N9 = "Kremlsprecher Dmitri Peskow sagte, die Neufassung der Doktrin sei seit Langem vorbereitet worden."
N10 = "In Washington hieß es, man sehe keinen Grund, die eigene nukleare Haltung anzupassen."
N11 = "Die Drohungen aus Moskau seien »unverantwortlich«, sagte der EU-Außenbeauftragte Josep Borrell in Brüssel."
N12 = ("Bundesaußenministerin Annalena Baerbock warf dem Kremlchef vor, mit den Ängsten der Menschen in Europa zu "
       "spielen.")
N13 = ("Der ukrainische Präsident Wolodymyr Selenskyj rief die EU-Staaten in einer Videobotschaft an das "
       "Europaparlament auf, Kiew rasch weitere Luftabwehrsysteme zu liefern.")
N14 = ("In der Nacht griff das russische Militär die Ukraine erneut mit Dutzenden Kampfdrohnen an, wie die Luftwaffe "
       "in Kiew mitteilte.")
N15 = "Seit Beginn der Invasion im Februar 2022 sind Zehntausende Menschen getötet worden."

DE02 = {
    "id": "hm243-de-02", "lang": "de", "url": None, "published": "2024-11-19",
    "title": "Putin senkt Schwelle für Atomwaffeneinsatz",
    "text": paragraphs([N1, N2], [N3, N4, N5, N6], [N7, N8, N9, N10], [N11, N12, N13], [N14, N15]),
    "events": [
        event("THREATEN", PUTIN, UKRAINE, N1, mode="violence"),
        event("ACCUSE", RUS_MOD, UKRAINE, N3, mode="allege"),
        event("ASSAULT", UKR_MIL, RUS_MIL, N5, location="Karachev", location_country="RUS"),
        event("SUPPORT", BIDEN, UKRAINE, N6),
        event("ACCUSE", LAVROV, USA, N7, mode="allege", location="Rio de Janeiro", location_country="BRA"),
        event("THREATEN", LAVROV, UKRAINE, N8, mode="violence"),
        event("ACCUSE", BORRELL, RUSSIA, N11, mode="disapprove", location="Brussels", location_country="BEL"),
        event("ACCUSE", BAERBOCK, PUTIN, N12, mode="disapprove"),
        event("REQUEST", ZELENSKY, EU, N13, mode="assist"),
        event("ASSAULT", RUS_MIL, UKRAINE, N14, mode="drone"),
    ],
    "quotes": [
        quote("Die Ukraine habe am Morgen erstmals sechs ballistische Raketen vom US-Typ ATACMS auf das Gebiet Brjansk "
              "abgefeuert", "Ministry of Defence of Russia", "indirect"),
        quote("Fünf davon seien abgeschossen worden, Trümmer der sechsten hätten auf einem Militärgelände einen Brand "
              "ausgelöst", "Ministry of Defence of Russia", "indirect"),
        quote("neuen Phase", "Sergey Lavrov", "direct"),
        quote("einer »neuen Phase« des Kriegs, den die USA und ihre Verbündeten gegen Russland führten",
              "Sergey Lavrov", "indirect"),
        quote("angemessen", "Sergey Lavrov", "direct"),
        quote("Moskau werde darauf »angemessen« reagieren", "Sergey Lavrov", "indirect"),
        quote("die Neufassung der Doktrin sei seit Langem vorbereitet worden", "Dmitry Peskov", "indirect"),
        quote("man sehe keinen Grund, die eigene nukleare Haltung anzupassen", "United States Government", "indirect"),
        quote("unverantwortlich", "Josep Borrell", "direct"),
        quote("Die Drohungen aus Moskau seien »unverantwortlich«", "Josep Borrell", "indirect"),
        quote("mit den Ängsten der Menschen in Europa zu spielen", "Annalena Baerbock", "indirect"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "dem Kremlchef"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine", "Die Ukraine"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["das Verteidigungsministerium in Moskau"]),
        entity("Bryansk Oblast", "LOC", "RUS", ["das Gebiet Brjansk"]),
        entity("ATACMS", "MISC", "USA", ["ATACMS"]),
        entity("Armed Forces of Ukraine", "ORG", "UKR", ["der ukrainischen Armee"]),
        entity("Karachev", "LOC", "RUS", ["der Stadt Karatschew"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Sergey Lavrov", "PER", "RUS", ["Außenminister Sergej Lawrow"]),
        entity("G20", "ORG", "IGO", ["G20-Gipfels"]),
        entity("Rio de Janeiro", "LOC", "BRA", ["Rio de Janeiro"]),
        entity("United States", "LOC", "USA", ["die USA"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Josep Borrell", "PER", "EUR", ["der EU-Außenbeauftragte Josep Borrell"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Annalena Baerbock", "PER", "DEU", ["Bundesaußenministerin Annalena Baerbock"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj"]),
        entity("European Union", "ORG", "EUR", ["die EU-Staaten"]),
        entity("European Parliament", "ORG", "EUR", ["das Europaparlament"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["das russische Militär"]),
        entity("Ukrainian Air Force", "ORG", "UKR", ["die Luftwaffe in Kiew"]),
    ],
}

# ---------------------------------------------------------------- hm243-de-03 (Berlin court on border rejections)
BERLIN_COURT = actor("Administrative Court of Berlin", "DEU", "JUD")
BPOL = actor("German Federal Police", "DEU", "COP")
SOMALIS = actor("Somali asylum seekers", "SOM", "CVL")
GREENS = actor("Alliance 90/The Greens", "DEU", "PTY")
LEFT = actor("The Left", "DEU", "PTY")
DOBRINDT = actor("Alexander Dobrindt", "DEU", "GOV")
PRO_ASYL = actor("Pro Asyl", "DEU", "NGO")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
GDP = actor("German Police Union", "DEU", "LAB")
POLAND = actor("Poland", "POL", "GOV")
TUSK = actor("Donald Tusk", "POL", "GOV")
GERMANY = actor("Germany", "DEU", "GOV")

B1 = ("Berlin (dpa) - Das Berliner Verwaltungsgericht hat die Zurückweisung von drei Asylsuchenden aus Somalia an der "
      "deutsch-polnischen Grenze für rechtswidrig erklärt.")
B2 = ("Die zwei Männer und eine Frau waren Anfang Mai am Bahnhof von Frankfurt (Oder) von der Bundespolizei "
      "kontrolliert und noch am selben Tag nach Polen zurückgeschickt worden.")
B3 = ("Ohne die Prüfung, welcher EU-Staat für ihre Asylanträge zuständig sei, hätten sie nicht abgewiesen werden "
      "dürfen, befanden die Richter.")
B4 = "Der Beschluss im Eilverfahren ist nicht anfechtbar."
B5 = "Bundesinnenminister Alexander Dobrindt (CSU) hält trotz der Entscheidung an den Zurückweisungen fest."
B6 = "Die Grünen und die Linke forderten ihn auf, die Praxis sofort zu beenden."
B7 = "Dobrindt lehnte das ab."
B8 = "„Die Entscheidung betrifft einen Einzelfall“, sagte der CSU-Politiker in Berlin."
B9 = ("Man werde die Begründung für die Zurückweisungen im Hauptsacheverfahren ausführlicher darlegen, kündigte er "
      "an.")
B10 = ("Pro Asyl begrüßte den Beschluss und warf der Bundesregierung vor, bewusst gegen europäisches Recht zu "
       "verstoßen.")
B11 = "Die Gewerkschaft der Polizei verlangte von der Regierung Rechtssicherheit für die Beamten an den Grenzen."
B12 = "Aus Warschau waren die Zurückweisungen bereits in den vergangenen Wochen kritisiert worden."
B13 = "Ministerpräsident Donald Tusk drohte mit eigenen Kontrollen an der Grenze zu Deutschland."
B14 = ("Dobrindt hatte unmittelbar nach seinem Amtsantritt Anfang Mai zusätzliche Bundespolizisten an die Grenzen "
       "beordert.")
B15 = "Die Zahl der Asylanträge in Deutschland ist seit Monaten rückläufig."

DE03 = {
    "id": "hm243-de-03", "lang": "de", "url": None, "published": "2025-06-02",
    "title": "Gericht: Zurückweisung von Asylsuchenden rechtswidrig",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8, B9], [B10, B11], [B12, B13, B14, B15]),
    "events": [
        event("SANCTION", BERLIN_COURT, BPOL, B1, mode="convict", location="Berlin", location_country="DEU"),
        event("COERCE", BPOL, SOMALIS, B2, mode="deport", location="Frankfurt (Oder)", location_country="DEU"),
        event("REQUEST", GREENS, DOBRINDT, B6, mode="change"),
        event("REQUEST", LEFT, DOBRINDT, B6, mode="change"),
        event("REJECT", DOBRINDT, GREENS, B7, mode="change"),
        event("REJECT", DOBRINDT, LEFT, B7, mode="change"),
        event("SUPPORT", PRO_ASYL, BERLIN_COURT, B10),
        event("ACCUSE", PRO_ASYL, DEU_GOV, B10, mode="allege"),
        event("REQUEST", GDP, DEU_GOV, B11, mode="change"),
        event("ACCUSE", POLAND, GERMANY, B12, mode="disapprove"),
        event("THREATEN", TUSK, GERMANY, B13, mode="restrict"),
        event("MOBILIZE", DOBRINDT, None, B14, mode="police"),
    ],
    "quotes": [
        quote("Ohne die Prüfung, welcher EU-Staat für ihre Asylanträge zuständig sei, hätten sie nicht abgewiesen "
              "werden dürfen", "Administrative Court of Berlin", "indirect"),
        quote("Die Entscheidung betrifft einen Einzelfall", "Alexander Dobrindt", "direct"),
        quote("Man werde die Begründung für die Zurückweisungen im Hauptsacheverfahren ausführlicher darlegen",
              "Alexander Dobrindt", "indirect"),
        quote("bewusst gegen europäisches Recht zu verstoßen", "Pro Asyl", "indirect"),
    ],
    "entities": [
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Administrative Court of Berlin", "ORG", "DEU", ["Das Berliner Verwaltungsgericht", "die Richter"]),
        entity("Somalia", "LOC", "SOM", ["Somalia"]),
        entity("Frankfurt (Oder)", "LOC", "DEU", ["Frankfurt (Oder)"]),
        entity("German Federal Police", "ORG", "DEU", ["der Bundespolizei", "Bundespolizisten"]),
        entity("Poland", "LOC", "POL", ["Polen"]),
        entity("European Union", "ORG", "EUR", ["EU-Staat"]),
        entity("Alexander Dobrindt", "PER", "DEU", ["Bundesinnenminister Alexander Dobrindt", "Dobrindt",
                                                     "der CSU-Politiker"]),
        entity("Christian Social Union", "ORG", "DEU", ["CSU"]),
        entity("Alliance 90/The Greens", "ORG", "DEU", ["Die Grünen"]),
        entity("The Left", "ORG", "DEU", ["die Linke"]),
        entity("Pro Asyl", "ORG", "DEU", ["Pro Asyl"]),
        entity("Government of Germany", "ORG", "DEU", ["der Bundesregierung", "der Regierung"]),
        entity("German Police Union", "ORG", "DEU", ["Die Gewerkschaft der Polizei"]),
        entity("Warsaw", "LOC", "POL", ["Warschau"]),
        entity("Donald Tusk", "PER", "POL", ["Ministerpräsident Donald Tusk"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
    ],
}

# ---------------------------------------------------------------- hm243-de-04 (Putin admits Russian role in AZAL crash)
ALIYEV = actor("Ilham Aliyev", "AZE", "GOV")
AZERBAIJAN = actor("Azerbaijan", "AZE", "GOV")
AZAL_FAMILIES = actor("families of the AZAL crash victims", "AZE", "CVL")
RUS_POLICE = actor("Russian police", "RUS", "COP")
YEK_AZERIS = actor("Azerbaijani community in Yekaterinburg", "AZE", "CVL")
AZE_POLICE = actor("Azerbaijani police", "AZE", "COP")
SPUTNIK_STAFF = actor("Sputnik Azerbaijan staff", "RUS", "BUS")

A1 = ("Duschanbe (dpa) - Kremlchef Wladimir Putin hat gegenüber dem aserbaidschanischen Präsidenten Ilham Alijew "
      "eingeräumt, dass russische Flugabwehrraketen den Absturz eines Passagierflugzeugs im vergangenen Dezember "
      "verursacht haben.")
A2 = ("Zwei Raketen seien nur wenige Meter von der Maschine der Azerbaijan Airlines entfernt explodiert, sagte Putin "
      "bei einem Treffen mit Alijew am Rande des GUS-Gipfels in der tadschikischen Hauptstadt.")
A3 = ("Die Flugabwehr habe damals ukrainische Drohnen über Grosny bekämpft, die Raketen hätten das Flugzeug aber "
      "nicht direkt getroffen.")
A4 = "Moskau werde den Angehörigen der Opfer Entschädigung zahlen, versprach der Kremlchef."
A5 = "Zudem werde das Handeln der verantwortlichen Amtsträger rechtlich bewertet."
A6 = "Alijew dankte Putin für die Aufklärung und sprach von einem Zeichen des Respekts."
A7 = "„Wir haben keinen Zweifel, dass alle nötigen Schritte unternommen werden“, sagte er nach Angaben seines Büros."
A8 = ("Baku hatte Moskau über Monate vorgeworfen, die Ursache des Absturzes zu vertuschen, und ein offizielles "
      "Schuldeingeständnis verlangt.")
A9 = "Bei dem Absturz nahe der kasachischen Stadt Aktau am 25. Dezember waren 38 Menschen ums Leben gekommen."
A10 = ("Das Verhältnis der beiden Staaten hatte sich im Sommer weiter verschlechtert, nachdem bei Razzien der "
       "russischen Polizei in Jekaterinburg zwei aus Aserbaidschan stammende Brüder gestorben waren.")
A11 = "In Baku wurden daraufhin mehrere Mitarbeiter der russischen Staatsagentur Sputnik festgenommen."
A12 = "Der Kreml wies den Vorwurf zurück, die Beziehungen zu Baku bewusst zu belasten."
A13 = "Beide Präsidenten vereinbarten, die Gespräche über eine Normalisierung der Beziehungen fortzusetzen."
A14 = "Ein Abschlussbericht der Ermittler steht noch aus."

DE04 = {
    "id": "hm243-de-04", "lang": "de", "url": None, "published": "2025-10-09",
    "title": "Putin räumt russische Rolle bei Flugzeugabsturz ein",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11, A12], [A13, A14]),
    "events": [
        event("CONCEDE", PUTIN, ALIYEV, A1),
        event("CONSULT", PUTIN, ALIYEV, A2, mode="multilateral", location="Dushanbe", location_country="TJK"),
        event("ACCUSE", PUTIN, UKRAINE, A3, mode="allege"),
        event("AGREE", PUTIN, AZAL_FAMILIES, A4),
        event("SUPPORT", ALIYEV, PUTIN, A6),
        event("ACCUSE", AZERBAIJAN, RUSSIA, A8, mode="allege"),
        event("REQUEST", AZERBAIJAN, RUSSIA, A8, mode="change"),
        event("COERCE", RUS_POLICE, YEK_AZERIS, A10, mode="seize", location="Yekaterinburg", location_country="RUS"),
        event("COERCE", AZE_POLICE, SPUTNIK_STAFF, A11, mode="arrest", location="Baku", location_country="AZE"),
        event("AGREE", PUTIN, ALIYEV, A13),
    ],
    "quotes": [
        quote("Zwei Raketen seien nur wenige Meter von der Maschine der Azerbaijan Airlines entfernt explodiert",
              "Vladimir Putin", "indirect"),
        quote("Die Flugabwehr habe damals ukrainische Drohnen über Grosny bekämpft, die Raketen hätten das Flugzeug "
              "aber nicht direkt getroffen", "Vladimir Putin", "indirect"),
        quote("Moskau werde den Angehörigen der Opfer Entschädigung zahlen", "Vladimir Putin", "indirect"),
        quote("Zudem werde das Handeln der verantwortlichen Amtsträger rechtlich bewertet", "Vladimir Putin",
              "indirect"),
        quote("Wir haben keinen Zweifel, dass alle nötigen Schritte unternommen werden", "Ilham Aliyev", "direct"),
        quote("die Ursache des Absturzes zu vertuschen", "Government of Azerbaijan", "indirect"),
    ],
    "entities": [
        entity("Dushanbe", "LOC", "TJK", ["Duschanbe", "der tadschikischen Hauptstadt"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "Putin", "der Kremlchef"]),
        entity("Ilham Aliyev", "PER", "AZE", ["dem aserbaidschanischen Präsidenten Ilham Alijew", "Alijew"]),
        entity("Azerbaijan Airlines", "ORG", "AZE", ["Azerbaijan Airlines"]),
        entity("Commonwealth of Independent States", "ORG", "IGO", ["GUS-Gipfels"]),
        entity("Grozny", "LOC", "RUS", ["Grosny"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Baku", "LOC", "AZE", ["Baku"]),
        entity("Aktau", "LOC", "KAZ", ["der kasachischen Stadt Aktau"]),
        entity("Yekaterinburg", "LOC", "RUS", ["Jekaterinburg"]),
        entity("Azerbaijan", "LOC", "AZE", ["Aserbaidschan"]),
        entity("Russian police", "ORG", "RUS", ["der russischen Polizei"]),
        entity("Sputnik", "ORG", "RUS", ["der russischen Staatsagentur Sputnik"]),
        entity("Kremlin", "ORG", "RUS", ["Der Kreml"]),
    ],
}

# ---------------------------------------------------------------- hm243-en-01 ("Liberation Day" tariffs)
TRUMP = actor("Donald Trump", "USA", "GOV")
CANADA = actor("Canada", "CAN", "GOV")
CHINA = actor("China", "CHN", "GOV")
JAPAN = actor("Japan", "JPN", "GOV")
MEXICO = actor("Mexico", "MEX", "GOV")
VDL = actor("Ursula von der Leyen", "EUR", "IGO")
CARNEY = actor("Mark Carney", "CAN", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
MOFCOM = actor("Ministry of Commerce of China", "CHN", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
FR_COMPANIES = actor("French companies", "FRA", "BUS")
STARMER = actor("Keir Starmer", "GBR", "GOV")

L1 = ("WASHINGTON, April 3 (Reuters) - President Donald Trump has imposed sweeping new tariffs on imports from dozens "
      "of countries, including a 20% levy on goods from the European Union, drawing vows of retaliation from Brussels "
      "and Ottawa.")
L2 = ("Speaking in the White House Rose Garden on Wednesday, Trump announced a 10% baseline tariff on all imports and "
      "higher rates for about 60 trading partners that he said treat the United States unfairly.")
L3 = "“This is our declaration of economic independence,” he said."
L4 = "Goods from China will face an additional 34% duty and those from Japan 24%."
L5 = ("Canada and Mexico were spared the new reciprocal rates, although a 25% tariff on foreign-made cars took effect "
      "on Thursday.")
L6 = ("European Commission President Ursula von der Leyen called the tariffs “a major blow to the world economy” and "
      "said the 27-nation bloc was finalising a first package of countermeasures.")
L7 = "She said the EU was still ready to negotiate with Washington."
L8 = ("In Ottawa, Prime Minister Mark Carney said Canada would impose 25% tariffs on vehicles imported from the United "
      "States that do not comply with the North American free trade agreement.")
L9 = "“We are going to fight these tariffs with countermeasures,” Carney told reporters."
L10 = ("Mexican President Claudia Sheinbaum said her government would not respond with retaliatory tariffs and would "
       "instead present a plan to strengthen domestic industry.")
L11 = ("China's commerce ministry urged Washington to cancel the duties immediately and vowed to take “resolute "
       "countermeasures”.")
L12 = ("French President Emmanuel Macron called on French companies to suspend planned investments in the United "
       "States until the situation was clarified.")
L13 = ("British Prime Minister Keir Starmer said London would keep negotiating an economic deal with the Trump "
       "administration and would not rush into a response.")
L14 = "Stock markets in Asia and Europe fell sharply on Thursday."
L15 = ("White House officials rejected criticism that the rates had been calculated on the basis of trade deficits "
       "alone.")

EN01 = {
    "id": "hm243-en-01", "lang": "en", "url": None, "published": "2025-04-03",
    "title": "Trump imposes sweeping tariffs, EU and Canada vow to hit back",
    "text": paragraphs([L1, L2, L3], [L4, L5], [L6, L7, L8, L9], [L10, L11, L12, L13], [L14, L15]),
    "events": [
        event("SANCTION", TRUMP, EU, L1, mode="discontinue"),
        event("THREATEN", EU, USA, L1, mode="restrict"),
        event("THREATEN", CANADA, USA, L1, mode="restrict"),
        event("SANCTION", USA, CHINA, L4, mode="discontinue"),
        event("SANCTION", USA, JAPAN, L4, mode="discontinue"),
        event("SANCTION", USA, CANADA, L5, mode="discontinue", negated=True),
        event("SANCTION", USA, MEXICO, L5, mode="discontinue", negated=True),
        event("ACCUSE", VDL, USA, L6, mode="disapprove"),
        event("THREATEN", VDL, USA, L6, mode="restrict"),
        event("AGREE", VDL, USA, L7),
        event("SANCTION", CARNEY, USA, L8, mode="discontinue", location="Ottawa", location_country="CAN"),
        event("THREATEN", CARNEY, USA, L9, mode="restrict"),
        event("SANCTION", SHEINBAUM, USA, L10, mode="discontinue", negated=True),
        event("REQUEST", MOFCOM, USA, L11, mode="yield"),
        event("THREATEN", MOFCOM, USA, L11, mode="restrict"),
        event("REQUEST", MACRON, FR_COMPANIES, L12, mode="change"),
        event("AGREE", STARMER, USA, L13),
    ],
    "quotes": [
        quote("treat the United States unfairly", "Donald Trump", "indirect"),
        quote("This is our declaration of economic independence", "Donald Trump", "direct"),
        quote("a major blow to the world economy", "Ursula von der Leyen", "direct"),
        quote("the 27-nation bloc was finalising a first package of countermeasures", "Ursula von der Leyen",
              "indirect"),
        quote("the EU was still ready to negotiate with Washington", "Ursula von der Leyen", "indirect"),
        quote("Canada would impose 25% tariffs on vehicles imported from the United States that do not comply with "
              "the North American free trade agreement", "Mark Carney", "indirect"),
        quote("We are going to fight these tariffs with countermeasures", "Mark Carney", "direct"),
        quote("her government would not respond with retaliatory tariffs and would instead present a plan to "
              "strengthen domestic industry", "Claudia Sheinbaum", "indirect"),
        quote("resolute countermeasures", "Ministry of Commerce of China", "direct"),
        quote("London would keep negotiating an economic deal with the Trump administration and would not rush into "
              "a response", "Keir Starmer", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON", "Washington"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("European Union", "ORG", "EUR", ["the European Union", "Brussels", "the 27-nation bloc", "the EU"]),
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("White House", "ORG", "USA", ["the White House Rose Garden", "White House officials"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("Canada", "LOC", "CAN", ["Canada"]),
        entity("Mexico", "LOC", "MEX", ["Mexico"]),
        entity("Ursula von der Leyen", "PER", "EUR",
               ["European Commission President Ursula von der Leyen", "She"]),
        entity("Mark Carney", "PER", "CAN", ["Prime Minister Mark Carney", "Carney"]),
        entity("USMCA", "MISC", None, ["the North American free trade agreement"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexican President Claudia Sheinbaum"]),
        entity("Ministry of Commerce of China", "ORG", "CHN", ["China's commerce ministry"]),
        entity("Emmanuel Macron", "PER", "FRA", ["French President Emmanuel Macron"]),
        entity("Keir Starmer", "PER", "GBR", ["British Prime Minister Keir Starmer"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Asia", "LOC", None, ["Asia"]),
        entity("Europe", "LOC", None, ["Europe"]),
    ],
}

# ---------------------------------------------------------------- hm243-en-02 (Biden pardons Hunter Biden)
HUNTER = actor("Hunter Biden", "USA", "CVL")
US_SPECIAL_COUNSEL = actor("Office of Special Counsel David Weiss", "USA", "JUD")
DELAWARE_JURY = actor("federal jury in Delaware", "USA", "JUD")
J6_DEFENDANTS = actor("January 6 defendants", "USA", "CVL")
DEMOCRATS = actor("Democratic Party", "USA", "PTY")
POLIS = actor("Jared Polis", "USA", "GOV")
BENNET = actor("Michael Bennet", "USA", "LEG")
COMER = actor("James Comer", "USA", "LEG")

H1 = ("WASHINGTON, Dec 2 (Reuters) - President Joe Biden has pardoned his son Hunter, sparing him possible prison "
      "sentences in two federal criminal cases weeks before the president leaves office.")
H2 = ("The “full and unconditional” pardon covers any federal offences Hunter Biden may have committed from January "
      "2014 through this month, according to a document released by the White House.")
H3 = ("In a statement, the president said prosecutors had “singled out” his son because of his last name and that "
      "“raw politics” had infected the process.")
H4 = ("Hunter Biden was convicted by a jury in Delaware in June of lying about his drug use when he bought a handgun, "
      "and pleaded guilty in September to federal tax charges in Los Angeles.")
H5 = "He had been due to be sentenced later this month."
H6 = "The president had said repeatedly that he would not pardon his son."
H7 = ("President-elect Donald Trump called the decision “an abuse and miscarriage of justice” and asked whether the "
      "pardon also covered supporters jailed over the Jan. 6, 2021, attack on the Capitol.")
H8 = "Trump has pledged to pardon many of them once he takes office in January."
H9 = ("Special counsel David Weiss, who brought both cases, said in a court filing that nothing in the pardon "
      "suggested the prosecutions had been improper.")
H10 = "Some Democrats also criticised the move."
H11 = "Colorado Governor Jared Polis said he was disappointed that the president had put his family ahead of the country."
H12 = "Democratic Senator Michael Bennet said the decision “erodes Americans' faith” in a fair justice system."
H13 = ("House Oversight Committee chairman James Comer, a Republican, accused the Bidens of lying to the American "
       "people about their business dealings.")
H14 = "Presidents have broad constitutional power to grant clemency for federal crimes."
H15 = "Hunter Biden said in a statement he would never take the mercy he had been given for granted."

EN02 = {
    "id": "hm243-en-02", "lang": "en", "url": None, "published": "2024-12-02",
    "title": "Biden pardons son Hunter, drawing criticism from both parties",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6], [H7, H8, H9], [H10, H11, H12, H13], [H14, H15]),
    "events": [
        event("RETREAT", BIDEN, HUNTER, H1, mode="release"),
        event("ACCUSE", BIDEN, US_SPECIAL_COUNSEL, H3, mode="allege"),
        event("SANCTION", DELAWARE_JURY, HUNTER, H4, mode="convict", location="Delaware", location_country="USA"),
        event("ACCUSE", TRUMP, BIDEN, H7, mode="disapprove"),
        event("CONCEDE", TRUMP, J6_DEFENDANTS, H8),
        event("ACCUSE", DEMOCRATS, BIDEN, H10, mode="disapprove"),
        event("ACCUSE", POLIS, BIDEN, H11, mode="disapprove"),
        event("ACCUSE", BENNET, BIDEN, H12, mode="disapprove"),
        event("ACCUSE", COMER, BIDEN, H13, mode="allege"),
        event("ACCUSE", COMER, HUNTER, H13, mode="allege"),
    ],
    "quotes": [
        quote("full and unconditional", "White House", "direct"),
        quote("The “full and unconditional” pardon covers any federal offences Hunter Biden may have committed from "
              "January 2014 through this month", "White House", "indirect"),
        quote("singled out", "Joe Biden", "direct"),
        quote("raw politics", "Joe Biden", "direct"),
        quote("prosecutors had “singled out” his son because of his last name and that “raw politics” had infected "
              "the process", "Joe Biden", "indirect"),
        quote("he would not pardon his son", "Joe Biden", "indirect"),
        quote("an abuse and miscarriage of justice", "Donald Trump", "direct"),
        quote("nothing in the pardon suggested the prosecutions had been improper", "David Weiss", "indirect"),
        quote("he was disappointed that the president had put his family ahead of the country", "Jared Polis",
              "indirect"),
        quote("erodes Americans' faith", "Michael Bennet", "direct"),
        quote("the decision “erodes Americans' faith” in a fair justice system", "Michael Bennet", "indirect"),
        quote("he would never take the mercy he had been given for granted", "Hunter Biden", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "the president", "The president"]),
        entity("Hunter Biden", "PER", "USA", ["his son Hunter", "Hunter Biden", "his son"]),
        entity("White House", "ORG", "USA", ["the White House"]),
        entity("Delaware", "LOC", "USA", ["Delaware"]),
        entity("Los Angeles", "LOC", "USA", ["Los Angeles"]),
        entity("Donald Trump", "PER", "USA", ["President-elect Donald Trump", "Trump"]),
        entity("United States Capitol", "LOC", "USA", ["the Capitol"]),
        entity("David Weiss", "PER", "USA", ["Special counsel David Weiss"]),
        entity("Democratic Party", "ORG", "USA", ["Some Democrats"]),
        entity("Jared Polis", "PER", "USA", ["Colorado Governor Jared Polis"]),
        entity("Michael Bennet", "PER", "USA", ["Democratic Senator Michael Bennet"]),
        entity("House Oversight Committee", "ORG", "USA", ["House Oversight Committee"]),
        entity("James Comer", "PER", "USA", ["chairman James Comer"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
