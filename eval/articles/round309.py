"""Round 309: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm309-de-01: Romania/NATO: a Russian drone enters Romanian airspace near Chilia Veche during attacks on Izmail; Bucharest summons ambassador Lipaev, F-16s scrambled but do not fire, Dan, NATO's Hart and Zelensky accuse Moscow, the Russian embassy hits back, Polish jets scrambled (2025-09-14).
- hm309-de-02: Costa Rica/Nicaragua: exiled Nicaraguan critic Roberto Samcam shot dead at his home in San José; no arrests, the OIJ investigates, Chaves condemns, Unamos, Maradiaga and the State Department blame the Ortega-Murillo government, exiles hold a vigil, André promises protection (2025-06-19).
- hm309-de-03: Haiti/United States: Washington designates Viv Ansanm and Gran Grif as foreign terrorist organisations; Rubio accuses and warns, Fils-Aimé welcomes it and presses the UN, Jean promises cooperation, Chérizier accuses the US and threatens, fighting in Kenscoff, aid groups object (2025-05-02).
- hm309-de-04: Cuba/United States: Díaz-Canel and Raúl Castro lead a government-called march past the US embassy in Havana against the embargo; Díaz-Canel demands removal from the terrorism list, Hammer and the State Department refuse and demand prisoner releases, Justicia 11J reports house arrests (2024-12-20).
- hm309-en-01: Canada/India: RCMP arrests and charges three Indian nationals in Edmonton over the Nijjar killing; links to New Delhi investigated, Trudeau's earlier allegation, Jaishankar accuses Ottawa, WSO welcomes it, Sikhs rally in Vancouver, the Nikhil Gupta case recalled (2024-05-04).
- hm309-en-02: G7: foreign ministers in Tokyo call for humanitarian pauses in Gaza, condemn Hamas and back Israel, press Iran and China; Blinken rules out reoccupation, fighting in Gaza City, Kuleba asks for air defence, Kanaani objects, Japan pledges aid (2023-11-08).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm309-de-01 (Romania/NATO, Russian drone)
ROMANIA = actor("Romania", "ROU", "GOV")
LIPAEV = actor("Vladimir Lipaev", "RUS", "GOV")
ROU_MFA = actor("Ministry of Foreign Affairs of Romania", "ROU", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
ROU_AF = actor("Romanian Air Force", "ROU", "MIL")
UKRAINE = actor("Ukraine", "UKR", "GOV")
DAN = actor("Nicușor Dan", "ROU", "GOV")
NATO = actor("NATO", "IGO", "IGO")
HART = actor("Allison Hart", "IGO", "IGO")
ROU_GOV = actor("Government of Romania", "ROU", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
RUS_EMB_BUC = actor("Russian Embassy in Bucharest", "RUS", "GOV")
POL_AF = actor("Polish Air Force", "POL", "MIL")

A1 = ("Bukarest (dpa) - Rumänien hat nach dem Eindringen einer russischen Drohne in seinen Luftraum den russischen "
      "Botschafter Wladimir Lipajew einbestellt.")
A2 = ("Das Außenministerium in Bukarest warf Moskau am Sonntag vor, die Sicherheit der gesamten Region zu gefährden "
      "und das Völkerrecht zu missachten.")
A3 = ("Die Drohne sei am Samstagabend nahe der Ortschaft Chilia Veche im Kreis Tulcea in den rumänischen Luftraum "
      "eingedrungen und habe sich rund 50 Minuten über rumänischem Gebiet bewegt, teilte das Verteidigungsministerium "
      "mit.")
A4 = ("Zwei F-16-Kampfjets der rumänischen Luftwaffe stiegen auf und verfolgten das Flugobjekt, bis es das Land in "
      "Richtung Ukraine verließ.")
A5 = ("Die Piloten hätten eine Abschusserlaubnis gehabt, wegen der Gefahr für die Zivilbevölkerung aber nicht "
      "geschossen, sagte Verteidigungsminister Ionuț Moșteanu.")
A6 = "„Wir haben genau nach den Regeln gehandelt, die uns das Parlament gegeben hat“, sagte der Minister."
A7 = ("Russland hatte am Samstagabend erneut die ukrainische Hafenstadt Ismajil an der Donau mit Drohnen angegriffen, "
      "die nur wenige Kilometer von der rumänischen Grenze entfernt liegt.")
A8 = ("Präsident Nicușor Dan sprach von einer „inakzeptablen Provokation“ Moskaus und rief die Verbündeten auf, die "
      "Luftverteidigung an der Ostflanke der Nato zu verstärken.")
A9 = "„Die Bürger Rumäniens sind geschützt“, sagte der 55-Jährige."
A10 = ("Nato-Sprecherin Allison Hart verurteilte das „rücksichtslose Verhalten“ Russlands und sagte, das Bündnis "
       "stehe in engem Kontakt mit den rumänischen Behörden.")
A11 = ("Der ukrainische Präsident Wolodymyr Selenskyj schrieb auf der Plattform X, die Drohne sei etwa zehn Kilometer "
       "tief in rumänisches Gebiet eingedrungen und Russland wisse genau, wohin es seine Drohnen schicke.")
A12 = ("Die russische Botschaft in Bukarest wies die Vorwürfe als „unbegründet“ zurück und warf Rumänien vor, die "
       "Lage „künstlich anzuheizen“.")
A13 = "Auch die polnische Luftwaffe ließ am Samstagabend vorsorglich Kampfflugzeuge aufsteigen."
A14 = ("Es ist nicht das erste Mal, dass Drohnen oder Trümmerteile seit Beginn des Krieges in der Ukraine auf "
       "rumänisches Gebiet gelangen.")

DE01 = {
    "id": "hm309-de-01", "lang": "de", "url": None, "published": "2025-09-14",
    "title": "Russische Drohne über Rumänien: Bukarest bestellt Botschafter ein",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10], [A11, A12], [A13, A14]),
    "events": [
        event("ACCUSE", ROMANIA, LIPAEV, A1, mode="disapprove"),
        event("ACCUSE", ROU_MFA, RUSSIA, A2, mode="disapprove", date="2025-09-14"),
        event("MOBILIZE", ROU_AF, None, A4, mode="weapons"),
        event("ASSAULT", ROU_AF, RUSSIA, A5, mode="aerial", negated=True),
        event("ASSAULT", RUSSIA, UKRAINE, A7, mode="drone", date="2025-09-13", location="Izmail",
              location_country="UKR"),
        event("ACCUSE", DAN, RUSSIA, A8, mode="disapprove"),
        event("REQUEST", DAN, NATO, A8, mode="assist"),
        event("ACCUSE", HART, RUSSIA, A10, mode="disapprove"),
        event("CONSULT", NATO, ROU_GOV, A10),
        event("ACCUSE", ZELENSKY, RUSSIA, A11, mode="allege"),
        event("ACCUSE", RUS_EMB_BUC, ROMANIA, A12, mode="disapprove"),
        event("MOBILIZE", POL_AF, None, A13, mode="weapons", date="2025-09-13"),
    ],
    "quotes": [
        quote("die Sicherheit der gesamten Region zu gefährden und das Völkerrecht zu missachten",
              "Ministry of Foreign Affairs of Romania", "indirect"),
        quote("Die Drohne sei am Samstagabend nahe der Ortschaft Chilia Veche im Kreis Tulcea in den rumänischen "
              "Luftraum eingedrungen und habe sich rund 50 Minuten über rumänischem Gebiet bewegt",
              "Ministry of National Defence of Romania", "indirect"),
        quote("Die Piloten hätten eine Abschusserlaubnis gehabt, wegen der Gefahr für die Zivilbevölkerung aber nicht "
              "geschossen", "Ionuț Moșteanu", "indirect"),
        quote("Wir haben genau nach den Regeln gehandelt, die uns das Parlament gegeben hat", "Ionuț Moșteanu",
              "direct"),
        quote("inakzeptablen Provokation", "Nicușor Dan", "direct"),
        quote("Die Bürger Rumäniens sind geschützt", "Nicușor Dan", "direct"),
        quote("rücksichtslose Verhalten", "Allison Hart", "direct"),
        quote("das Bündnis stehe in engem Kontakt mit den rumänischen Behörden", "Allison Hart", "indirect"),
        quote("die Drohne sei etwa zehn Kilometer tief in rumänisches Gebiet eingedrungen und Russland wisse genau, "
              "wohin es seine Drohnen schicke", "Volodymyr Zelensky", "indirect"),
        quote("unbegründet", "Russian Embassy in Bucharest", "direct"),
        quote("künstlich anzuheizen", "Russian Embassy in Bucharest", "direct"),
        quote("die Lage „künstlich anzuheizen“", "Russian Embassy in Bucharest", "indirect"),
    ],
    "entities": [
        entity("Bucharest", "LOC", "ROU", ["Bukarest"]),
        entity("Romania", "LOC", "ROU", ["Rumänien", "Rumäniens", "das Land"]),
        entity("Vladimir Lipaev", "PER", "RUS", ["den russischen Botschafter Wladimir Lipajew"]),
        entity("Ministry of Foreign Affairs of Romania", "ORG", "ROU", ["Das Außenministerium in Bukarest"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau", "Moskaus"]),
        entity("Chilia Veche", "LOC", "ROU", ["der Ortschaft Chilia Veche"]),
        entity("Tulcea County", "LOC", "ROU", ["Kreis Tulcea"]),
        entity("Ministry of National Defence of Romania", "ORG", "ROU", ["das Verteidigungsministerium"]),
        entity("Romanian Air Force", "ORG", "ROU", ["der rumänischen Luftwaffe"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Ionuț Moșteanu", "PER", "ROU", ["Verteidigungsminister Ionuț Moșteanu", "der Minister"]),
        entity("Parliament of Romania", "ORG", "ROU", ["das Parlament"]),
        entity("Russia", "LOC", "RUS", ["Russland", "Russlands"]),
        entity("Izmail", "LOC", "UKR", ["die ukrainische Hafenstadt Ismajil"]),
        entity("Danube", "LOC", None, ["Donau"]),
        entity("Nicușor Dan", "PER", "ROU", ["Präsident Nicușor Dan", "der 55-Jährige"]),
        entity("NATO", "ORG", "IGO", ["Nato", "die Verbündeten", "das Bündnis"]),
        entity("Allison Hart", "PER", "IGO", ["Nato-Sprecherin Allison Hart"]),
        entity("Government of Romania", "ORG", "ROU", ["den rumänischen Behörden"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Russian Embassy in Bucharest", "ORG", "RUS", ["Die russische Botschaft in Bukarest"]),
        entity("Polish Air Force", "ORG", "POL", ["die polnische Luftwaffe"]),
    ],
}

# ---------------------------------------------------------------- hm309-de-02 (Costa Rica/Nicaragua, Samcam shot dead)
SAMCAM_GUNMAN = actor("gunman who shot Roberto Samcam", "CRI", "CVL")
SAMCAM = actor("Roberto Samcam", "NIC", "OPP")
OIJ = actor("Judicial Investigation Agency of Costa Rica", "CRI", "COP")
CHAVES = actor("Rodrigo Chaves", "CRI", "GOV")
NIC_SEC = actor("Nicaraguan security forces", "NIC", "COP")
NIC_PROTESTERS = actor("protesters in Nicaragua", "NIC", "CVL")
NIC_GOV = actor("Government of Nicaragua", "NIC", "GOV")
UNAMOS = actor("Unamos", "NIC", "OPP")
MARADIAGA = actor("Félix Maradiaga", "NIC", "OPP")
US_STATE = actor("U.S. Department of State", "USA", "GOV")
NIC_EXILES = actor("Nicaraguan exiles in Costa Rica", "NIC", "CVL")
ANDRE = actor("Arnoldo André", "CRI", "GOV")

B1 = ("San José (AFP) - Der im Exil lebende nicaraguanische Regierungskritiker Roberto Samcam ist in Costa Rica "
      "erschossen worden.")
B2 = ("Ein Unbekannter, der sich als Essenslieferant ausgab, habe am Donnerstagmorgen an der Tür seines Hauses in "
      "San José mehrere Schüsse auf den früheren Armeeoffizier abgegeben, teilte die Kriminalpolizei OIJ mit.")
B3 = "Samcam starb noch am Tatort."
B4 = "Der Täter flüchtete auf einem Motorrad."
B5 = "Festgenommen wurde bis zum Abend niemand."
B6 = "OIJ-Direktor Randall Zúñiga sagte, die Ermittler prüften alle Hypothesen, auch ein politisches Motiv."
B7 = ("Präsident Rodrigo Chaves verurteilte die Tat und sagte, Costa Rica werde nicht zulassen, dass ausländische "
      "Konflikte auf seinem Boden ausgetragen würden.")
B8 = ("Samcam, ein pensionierter Major der nicaraguanischen Armee, galt als einer der schärfsten Kritiker von "
      "Präsident Daniel Ortega.")
B9 = ("Seit der blutigen Niederschlagung der Massenproteste von 2018 durch die Sicherheitskräfte lebte er in "
      "Costa Rica.")
B10 = ("Die Regierung in Managua erklärte ihn 2023 zusammen mit 93 weiteren Kritikern zum „Vaterlandsverräter“, "
       "entzog ihm die Staatsbürgerschaft und beschlagnahmte sein Vermögen.")
B11 = ("Die nicaraguanische Oppositionspartei Unamos machte die Regierung der Ko-Präsidenten Ortega und Rosario "
       "Murillo für den Mord verantwortlich.")
B12 = ("„Das ist ein politischer Mord, und die Spuren führen nach Managua“, sagte der frühere "
       "Präsidentschaftsbewerber Félix Maradiaga.")
B13 = "Die Regierung in Managua äußerte sich zunächst nicht."
B14 = ("Das US-Außenministerium sprach von einem Muster „transnationaler Repression“ des Ortega-Murillo-Regimes "
       "gegen Kritiker im Ausland.")
B15 = ("Am Donnerstagabend versammelten sich Hunderte Exil-Nicaraguaner zu einer Mahnwache vor der Kathedrale von "
       "San José und riefen Parolen gegen die Regierung in Managua.")
B16 = ("Außenminister Arnoldo André kündigte an, die Behörden würden den Schutz gefährdeter Exilanten "
       "verstärken.")

DE02 = {
    "id": "hm309-de-02", "lang": "de", "url": None, "published": "2025-06-19",
    "title": "Nicaraguanischer Regierungskritiker Samcam in Costa Rica erschossen",
    "text": paragraphs([B1, B2, B3, B4, B5], [B6, B7], [B8, B9, B10], [B11, B12, B13, B14], [B15, B16]),
    "events": [
        event("ASSAULT", SAMCAM_GUNMAN, SAMCAM, B1, mode="firearms", location="San José", location_country="CRI"),
        event("ASSAULT", SAMCAM_GUNMAN, SAMCAM, B2, mode="firearms", date="2025-06-19", location="San José",
              location_country="CRI"),
        event("COERCE", OIJ, SAMCAM_GUNMAN, B5, mode="arrest", negated=True),
        event("ACCUSE", OIJ, None, B6, mode="investigate"),
        event("ACCUSE", CHAVES, SAMCAM_GUNMAN, B7, mode="disapprove"),
        event("ASSAULT", NIC_SEC, NIC_PROTESTERS, B9),
        event("ACCUSE", NIC_GOV, SAMCAM, B10, mode="allege"),
        event("COERCE", NIC_GOV, SAMCAM, B10, mode="seize"),
        event("ACCUSE", UNAMOS, NIC_GOV, B11, mode="allege"),
        event("ACCUSE", MARADIAGA, NIC_GOV, B12, mode="allege"),
        event("ACCUSE", US_STATE, NIC_GOV, B14, mode="allege"),
        event("PROTEST", NIC_EXILES, NIC_GOV, B15, mode="demo", date="2025-06-19", location="San José",
              location_country="CRI"),
        event("AGREE", ANDRE, NIC_EXILES, B16),
    ],
    "quotes": [
        quote("Ein Unbekannter, der sich als Essenslieferant ausgab, habe am Donnerstagmorgen an der Tür seines Hauses "
              "in San José mehrere Schüsse auf den früheren Armeeoffizier abgegeben",
              "Judicial Investigation Agency of Costa Rica", "indirect"),
        quote("die Ermittler prüften alle Hypothesen, auch ein politisches Motiv", "Randall Zúñiga", "indirect"),
        quote("Costa Rica werde nicht zulassen, dass ausländische Konflikte auf seinem Boden ausgetragen würden",
              "Rodrigo Chaves", "indirect"),
        quote("Vaterlandsverräter", "Government of Nicaragua", "direct"),
        quote("Das ist ein politischer Mord, und die Spuren führen nach Managua", "Félix Maradiaga", "direct"),
        quote("transnationaler Repression", "U.S. Department of State", "direct"),
        quote("die Behörden würden den Schutz gefährdeter Exilanten verstärken", "Arnoldo André", "indirect"),
    ],
    "entities": [
        entity("San José", "LOC", "CRI", ["San José"]),
        entity("Roberto Samcam", "PER", "NIC", ["Der im Exil lebende nicaraguanische Regierungskritiker Roberto "
                                                "Samcam", "Samcam", "den früheren Armeeoffizier"]),
        entity("Costa Rica", "LOC", "CRI", ["Costa Rica"]),
        entity("gunman who shot Roberto Samcam", "PER", "CRI", ["Ein Unbekannter", "Der Täter"]),
        entity("Judicial Investigation Agency of Costa Rica", "ORG", "CRI", ["die Kriminalpolizei OIJ", "OIJ",
                                                                             "die Ermittler"]),
        entity("Randall Zúñiga", "PER", "CRI", ["OIJ-Direktor Randall Zúñiga"]),
        entity("Rodrigo Chaves", "PER", "CRI", ["Präsident Rodrigo Chaves"]),
        entity("Nicaraguan Army", "ORG", "NIC", ["der nicaraguanischen Armee"]),
        entity("Daniel Ortega", "PER", "NIC", ["Präsident Daniel Ortega", "Ortega"]),
        entity("Nicaraguan security forces", "ORG", "NIC", ["die Sicherheitskräfte"]),
        entity("Government of Nicaragua", "ORG", "NIC", ["Die Regierung in Managua", "die Regierung in Managua",
                                                         "die Regierung der Ko-Präsidenten Ortega und Rosario Murillo",
                                                         "Ortega-Murillo-Regimes"]),
        entity("Managua", "LOC", "NIC", ["Managua"]),
        entity("Unamos", "ORG", "NIC", ["Die nicaraguanische Oppositionspartei Unamos"]),
        entity("Rosario Murillo", "PER", "NIC", ["Rosario Murillo"]),
        entity("Félix Maradiaga", "PER", "NIC", ["der frühere Präsidentschaftsbewerber Félix Maradiaga"]),
        entity("U.S. Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Nicaraguan exiles in Costa Rica", "ORG", "NIC", ["Hunderte Exil-Nicaraguaner",
                                                                 "gefährdeter Exilanten"]),
        entity("Metropolitan Cathedral of San José", "LOC", "CRI", ["der Kathedrale von San José"]),
        entity("Arnoldo André", "PER", "CRI", ["Außenminister Arnoldo André"]),
        entity("Government of Costa Rica", "ORG", "CRI", ["die Behörden"]),
    ],
}

# ---------------------------------------------------------------- hm309-de-03 (Haiti/USA, gangs designated terrorists)
USA = actor("United States", "USA", "GOV")
VIV_ANSANM = actor("Viv Ansanm", "HTI", "REB")
GRAN_GRIF = actor("Gran Grif", "HTI", "REB")
RUBIO = actor("Marco Rubio", "USA", "GOV")
GANG_SUPPORTERS = actor("supporters of Haitian gangs", "HTI", "CVL")
FILS_AIME = actor("Alix Didier Fils-Aimé", "HTI", "GOV")
UN = actor("United Nations", "UNO", "IGO")
FRITZ_JEAN = actor("Fritz Alphonse Jean", "HTI", "GOV")
CHERIZIER = actor("Jimmy Chérizier", "HTI", "REB")
HTI_GOV = actor("Government of Haiti", "HTI", "GOV")
HTI_POLICE = actor("Haitian National Police", "HTI", "COP")
AID_GROUPS_HTI = actor("aid organisations in Haiti", "NGO", "NGO")

H1 = ("Washington/Port-au-Prince (dpa) - Die USA haben die beiden mächtigsten Bandenbündnisse Haitis, Viv Ansanm und "
      "Gran Grif, als ausländische Terrororganisationen eingestuft.")
H2 = ("Damit werde jede materielle Unterstützung für die Gruppen strafbar, erklärte Außenminister Marco Rubio am "
      "Freitag in Washington.")
H3 = ("Viv Ansanm sei die Hauptquelle der Gewalt in Haiti und bedrohe die Sicherheit der gesamten Region, sagte "
      "Rubio.")
H4 = ("„Die Zeit der Straflosigkeit für alle, die die Gewalt in Haiti unterstützen, ist vorbei“, sagte der "
      "53-Jährige.")
H5 = ("Haitis Regierungschef Alix Didier Fils-Aimé begrüßte die Entscheidung als „wichtigen Schritt“ im Kampf gegen "
      "die Banden.")
H6 = ("Er forderte die Vereinten Nationen auf, die von Kenia geführte Sicherheitsmission rasch in eine vollwertige "
      "UN-Friedensmission umzuwandeln.")
H7 = "Die Mission verfügt bislang nur über rund 1000 der ursprünglich zugesagten 2500 Polizisten und Soldaten."
H8 = ("Der Koordinator des Übergangspräsidialrats, Fritz Alphonse Jean, kündigte an, Haiti werde mit den USA bei der "
      "Verfolgung der Geldgeber der Banden eng zusammenarbeiten.")
H9 = ("Der Anführer von Viv Ansanm, der frühere Polizist Jimmy Chérizier, warf den USA in einem Video vor, Haiti "
      "„kolonisieren“ zu wollen.")
H10 = "Seine Kämpfer würden nicht aufhören, bis die Regierung gestürzt sei, drohte er."
H11 = ("Im Vorort Kenscoff oberhalb der Hauptstadt lieferten sich Einheiten der Nationalpolizei und Kämpfer von Viv "
       "Ansanm am Donnerstag erneut stundenlange Gefechte.")
H12 = "Die Banden kontrollieren inzwischen fast die gesamte Hauptstadt Port-au-Prince."
H13 = ("Hilfsorganisationen kritisierten, die Entscheidung Washingtons könne humanitäre Einsätze erschweren, weil "
       "Helfer an Kontrollpunkten der Banden oft Wegzoll zahlen müssten.")
H14 = "Die USA hatten Chérizier bereits 2022 mit Sanktionen belegt."
H15 = ("Gran Grif wird für das Massaker in Pont-Sondé im vergangenen Oktober verantwortlich gemacht, bei dem mehr "
       "als 100 Menschen getötet wurden.")

DE03 = {
    "id": "hm309-de-03", "lang": "de", "url": None, "published": "2025-05-02",
    "title": "USA stufen haitianische Banden als Terrororganisationen ein",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11, H12], [H13, H14, H15]),
    "events": [
        event("SANCTION", USA, VIV_ANSANM, H1),
        event("SANCTION", USA, GRAN_GRIF, H1),
        event("ACCUSE", RUBIO, VIV_ANSANM, H3, mode="allege"),
        event("THREATEN", RUBIO, GANG_SUPPORTERS, H4),
        event("SUPPORT", FILS_AIME, USA, H5),
        event("REQUEST", FILS_AIME, UN, H6, mode="change"),
        event("AGREE", FRITZ_JEAN, USA, H8),
        event("ACCUSE", CHERIZIER, USA, H9, mode="allege"),
        event("THREATEN", CHERIZIER, HTI_GOV, H10, mode="violence"),
        event("ASSAULT", HTI_POLICE, VIV_ANSANM, H11, date="2025-05-01", location="Kenscoff",
              location_country="HTI"),
        event("ASSAULT", VIV_ANSANM, HTI_POLICE, H11, date="2025-05-01", location="Kenscoff",
              location_country="HTI"),
        event("ACCUSE", AID_GROUPS_HTI, USA, H13, mode="disapprove"),
        event("SANCTION", USA, CHERIZIER, H14),
    ],
    "quotes": [
        quote("Damit werde jede materielle Unterstützung für die Gruppen strafbar", "Marco Rubio", "indirect"),
        quote("Viv Ansanm sei die Hauptquelle der Gewalt in Haiti und bedrohe die Sicherheit der gesamten Region",
              "Marco Rubio", "indirect"),
        quote("Die Zeit der Straflosigkeit für alle, die die Gewalt in Haiti unterstützen, ist vorbei", "Marco Rubio",
              "direct"),
        quote("wichtigen Schritt", "Alix Didier Fils-Aimé", "direct"),
        quote("Haiti werde mit den USA bei der Verfolgung der Geldgeber der Banden eng zusammenarbeiten",
              "Fritz Alphonse Jean", "indirect"),
        quote("kolonisieren", "Jimmy Chérizier", "direct"),
        quote("Haiti „kolonisieren“ zu wollen", "Jimmy Chérizier", "indirect"),
        quote("Seine Kämpfer würden nicht aufhören, bis die Regierung gestürzt sei", "Jimmy Chérizier", "indirect"),
        quote("die Entscheidung Washingtons könne humanitäre Einsätze erschweren, weil Helfer an Kontrollpunkten der "
              "Banden oft Wegzoll zahlen müssten", "aid organisations in Haiti", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Port-au-Prince", "LOC", "HTI", ["Port-au-Prince", "der Hauptstadt", "die gesamte Hauptstadt"]),
        entity("United States", "LOC", "USA", ["Die USA", "den USA"]),
        entity("Haiti", "LOC", "HTI", ["Haitis", "Haiti"]),
        entity("Haitian gangs", "ORG", "HTI", ["die beiden mächtigsten Bandenbündnisse Haitis", "die Gruppen",
                                               "die Banden", "der Banden", "Die Banden"]),
        entity("Viv Ansanm", "ORG", "HTI", ["Viv Ansanm", "Seine Kämpfer", "Kämpfer von Viv Ansanm"]),
        entity("Gran Grif", "ORG", "HTI", ["Gran Grif"]),
        entity("Marco Rubio", "PER", "USA", ["Außenminister Marco Rubio", "Rubio", "der 53-Jährige"]),
        entity("Alix Didier Fils-Aimé", "PER", "HTI", ["Haitis Regierungschef Alix Didier Fils-Aimé"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen", "UN"]),
        entity("Kenya", "LOC", "KEN", ["Kenia"]),
        entity("Multinational Security Support Mission", "ORG", "IGO", ["die von Kenia geführte Sicherheitsmission",
                                                                         "Die Mission"]),
        entity("Transitional Presidential Council", "ORG", "HTI", ["des Übergangspräsidialrats"]),
        entity("Fritz Alphonse Jean", "PER", "HTI", ["Der Koordinator des Übergangspräsidialrats, Fritz Alphonse "
                                                     "Jean"]),
        entity("Jimmy Chérizier", "PER", "HTI", ["Der Anführer von Viv Ansanm, der frühere Polizist Jimmy Chérizier",
                                                 "Chérizier"]),
        entity("Government of Haiti", "ORG", "HTI", ["die Regierung"]),
        entity("Kenscoff", "LOC", "HTI", ["Kenscoff"]),
        entity("Haitian National Police", "ORG", "HTI", ["Einheiten der Nationalpolizei"]),
        entity("aid organisations in Haiti", "ORG", "NGO", ["Hilfsorganisationen", "Helfer"]),
        entity("Government of the United States", "ORG", "USA", ["Washingtons"]),
        entity("Pont-Sondé", "LOC", "HTI", ["Pont-Sondé"]),
    ],
}

# ---------------------------------------------------------------- hm309-de-04 (Cuba, march past the US embassy)
HAVANA_MARCHERS = actor("demonstrators in Havana", "CUB", "CVL")
DIAZ_CANEL = actor("Miguel Díaz-Canel", "CUB", "GOV")
RAUL_CASTRO = actor("Raúl Castro", "CUB", "PTY")
CUB_GOV = actor("Government of Cuba", "CUB", "GOV")
BIDEN_ADMIN = actor("Biden administration", "USA", "GOV")
HAMMER = actor("Mike Hammer", "USA", "GOV")
US_STATE_SPOX = actor("Spokesperson of the U.S. Department of State", "USA", "GOV")
JUSTICIA_11J = actor("Justicia 11J", "NGO", "NGO")
CUB_POLICE = actor("Cuban police", "CUB", "COP")
UNGA = actor("UN General Assembly", "UNO", "IGO")

K1 = ("Havanna (AFP) - Hunderttausende Kubaner sind am Freitag in Havanna an der US-Botschaft vorbei gegen das "
      "amerikanische Wirtschaftsembargo marschiert.")
K2 = ("An der Spitze des Zuges über die Uferpromenade Malecón gingen Staatschef Miguel Díaz-Canel und der "
      "93-jährige Revolutionsführer Raúl Castro.")
K3 = ("Die Regierung hatte zu dem Marsch aufgerufen, um gegen die von ihr so bezeichnete Blockade und die Einstufung "
      "Kubas als Terrorunterstützer durch Washington zu protestieren.")
K4 = "Die Staatsmedien sprachen von mehr als einer halben Million Teilnehmern allein in der Hauptstadt."
K5 = "„Die Blockade ist ein Akt des Völkermords gegen ein ganzes Volk“, rief Díaz-Canel der Menge vor der Botschaft zu."
K6 = ("Der 64-Jährige forderte die scheidende Regierung von Präsident Joe Biden auf, Kuba noch vor der Amtsübergabe "
      "an Donald Trump im Januar von der Terrorliste zu streichen.")
K7 = ("Washington wirft der kubanischen Regierung unter anderem vor, Anführern der kolumbianischen ELN-Guerilla "
      "Unterschlupf zu gewähren.")
K8 = ("Der Geschäftsträger der US-Botschaft, Mike Hammer, schrieb auf der Plattform X, die kubanische Führung solle "
      "lieber die politischen Gefangenen freilassen, statt Märsche zu organisieren.")
K9 = "Eine Aufhebung des Embargos stehe nicht zur Debatte, sagte ein Sprecher des US-Außenministeriums."
K10 = ("Die Menschenrechtsgruppe Justicia 11J berichtete, die Polizei habe am Freitag mehrere Oppositionelle daran "
       "gehindert, ihre Wohnungen zu verlassen.")
K11 = "Kuba steckt in der schwersten Wirtschaftskrise seit dem Ende der Sowjetunion."
K12 = ("Anfang Dezember war das Stromnetz der Insel zum zweiten Mal binnen weniger Wochen landesweit "
       "zusammengebrochen.")
K13 = ("Wirtschaftsminister Joaquín Alonso sagte am Mittwoch vor dem Parlament, die Wirtschaftsleistung werde in "
       "diesem Jahr erneut schrumpfen.")
K14 = ("Die UN-Vollversammlung hatte Ende Oktober zum 32. Mal mit überwältigender Mehrheit ein Ende des Embargos "
       "gefordert.")
K15 = ("Der designierte US-Außenminister Marco Rubio, Sohn kubanischer Einwanderer, gilt als Verfechter einer "
       "harten Linie gegenüber Kuba.")

DE04 = {
    "id": "hm309-de-04", "lang": "de", "url": None, "published": "2024-12-20",
    "title": "Hunderttausende marschieren in Havanna gegen US-Embargo",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7], [K8, K9, K10], [K11, K12, K13, K14, K15]),
    "events": [
        event("PROTEST", HAVANA_MARCHERS, USA, K1, mode="demo", date="2024-12-20", location="Havana",
              location_country="CUB"),
        event("PROTEST", DIAZ_CANEL, USA, K2, mode="demo", location="Havana", location_country="CUB"),
        event("PROTEST", RAUL_CASTRO, USA, K2, mode="demo", location="Havana", location_country="CUB"),
        event("PROTEST", CUB_GOV, USA, K3, mode="demo"),
        event("ACCUSE", DIAZ_CANEL, USA, K5, mode="disapprove", location="Havana", location_country="CUB"),
        event("REQUEST", DIAZ_CANEL, BIDEN_ADMIN, K6, mode="yield"),
        event("ACCUSE", USA, CUB_GOV, K7, mode="allege"),
        event("REQUEST", HAMMER, CUB_GOV, K8, mode="yield"),
        event("REJECT", US_STATE_SPOX, CUB_GOV, K9, mode="yield"),
        event("ACCUSE", JUSTICIA_11J, CUB_POLICE, K10, mode="allege"),
        event("REQUEST", UNGA, USA, K14, mode="yield"),
    ],
    "quotes": [
        quote("Die Blockade ist ein Akt des Völkermords gegen ein ganzes Volk", "Miguel Díaz-Canel", "direct"),
        quote("Anführern der kolumbianischen ELN-Guerilla Unterschlupf zu gewähren", "Government of the United States",
              "indirect"),
        quote("die kubanische Führung solle lieber die politischen Gefangenen freilassen, statt Märsche zu organisieren",
              "Mike Hammer", "indirect"),
        quote("Eine Aufhebung des Embargos stehe nicht zur Debatte", "Spokesperson of the U.S. Department of State",
              "indirect"),
        quote("die Polizei habe am Freitag mehrere Oppositionelle daran gehindert, ihre Wohnungen zu verlassen",
              "Justicia 11J", "indirect"),
        quote("die Wirtschaftsleistung werde in diesem Jahr erneut schrumpfen", "Joaquín Alonso", "indirect"),
    ],
    "entities": [
        entity("Havana", "LOC", "CUB", ["Havanna", "der Hauptstadt"]),
        entity("demonstrators in Havana", "ORG", "CUB", ["Hunderttausende Kubaner", "der Menge"]),
        entity("Embassy of the United States in Havana", "ORG", "USA", ["US-Botschaft", "der Botschaft"]),
        entity("Malecón", "LOC", "CUB", ["die Uferpromenade Malecón"]),
        entity("Miguel Díaz-Canel", "PER", "CUB", ["Staatschef Miguel Díaz-Canel", "Díaz-Canel", "Der 64-Jährige"]),
        entity("Raúl Castro", "PER", "CUB", ["der 93-jährige Revolutionsführer Raúl Castro"]),
        entity("Government of Cuba", "ORG", "CUB", ["Die Regierung", "der kubanischen Regierung",
                                                    "die kubanische Führung"]),
        entity("Cuba", "LOC", "CUB", ["Kubas", "Kuba", "der Insel"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Cuban state media", "ORG", "CUB", ["Die Staatsmedien"]),
        entity("Biden administration", "ORG", "USA", ["die scheidende Regierung von Präsident Joe Biden"]),
        entity("Joe Biden", "PER", "USA", ["Präsident Joe Biden"]),
        entity("Donald Trump", "PER", "USA", ["Donald Trump"]),
        entity("National Liberation Army (ELN)", "ORG", "COL", ["ELN-Guerilla"]),
        entity("Mike Hammer", "PER", "USA", ["Der Geschäftsträger der US-Botschaft, Mike Hammer"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Spokesperson of the U.S. Department of State", "PER", "USA", ["ein Sprecher des US-Außenministeriums"]),
        entity("U.S. Department of State", "ORG", "USA", ["des US-Außenministeriums"]),
        entity("Justicia 11J", "ORG", "NGO", ["Die Menschenrechtsgruppe Justicia 11J"]),
        entity("Cuban police", "ORG", "CUB", ["die Polizei"]),
        entity("Soviet Union", "LOC", None, ["der Sowjetunion"]),
        entity("Joaquín Alonso", "PER", "CUB", ["Wirtschaftsminister Joaquín Alonso"]),
        entity("National Assembly of People's Power", "ORG", "CUB", ["dem Parlament"]),
        entity("UN General Assembly", "ORG", "UNO", ["Die UN-Vollversammlung"]),
        entity("Marco Rubio", "PER", "USA", ["Der designierte US-Außenminister Marco Rubio"]),
    ],
}

# ---------------------------------------------------------------- hm309-en-01 (Canada/India, Nijjar arrests)
RCMP = actor("Royal Canadian Mounted Police", "CAN", "COP")
NIJJAR_SUSPECTS = actor("three Indian nationals arrested in Edmonton", "IND", "CVL")
NIJJAR_GUNMEN = actor("gunmen who shot Hardeep Singh Nijjar", "CAN", "CVL")
NIJJAR = actor("Hardeep Singh Nijjar", "CAN", "CVL")
IND_GOV = actor("Government of India", "IND", "GOV")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
JAISHANKAR = actor("Subrahmanyam Jaishankar", "IND", "GOV")
WSO = actor("World Sikh Organization of Canada", "CAN", "NGO")
SIKH_PROTESTERS = actor("Sikh protesters in Vancouver", "CAN", "CVL")
MODI = actor("Narendra Modi", "IND", "GOV")
US_PROSECUTORS = actor("U.S. federal prosecutors", "USA", "JUD")
GUPTA = actor("Nikhil Gupta", "IND", "CVL")
CZE_POLICE = actor("Czech police", "CZE", "COP")

E1 = ("VANCOUVER, May 4 (Reuters) - Canadian police on Friday arrested three Indian nationals in Edmonton and charged "
      "them with the murder of Sikh separatist leader Hardeep Singh Nijjar, whose killing last year set off a "
      "diplomatic crisis between Ottawa and New Delhi.")
E2 = ("The men, identified as Karan Brar, 22, Kamalpreet Singh, 22, and Karanpreet Singh, 28, had been living in "
      "Alberta as non-permanent residents, the Royal Canadian Mounted Police said.")
E3 = ("Nijjar, a Canadian citizen who campaigned for an independent Sikh homeland known as Khalistan, was shot dead "
      "by masked gunmen in the parking lot of a Sikh temple in Surrey, British Columbia, in June 2023.")
E4 = ('"This investigation does not end here," Assistant Commissioner David Teboul told reporters in Surrey on '
      'Friday, adding that police were investigating possible links to the Indian government.')
E5 = "No Indian official has been charged, and Teboul declined to say what role, if any, New Delhi had played."
E6 = ("Prime Minister Justin Trudeau, who told parliament in September there were credible allegations linking "
      "Indian agents to the killing, said on Saturday the arrests showed that Canada had a strong and independent "
      "justice system.")
E7 = "India has rejected the allegations as absurd and in October forced Canada to withdraw 41 diplomats."
E8 = ('Indian Foreign Minister Subrahmanyam Jaishankar said on Saturday New Delhi would wait for Canadian police to '
      'share information, but accused Ottawa of giving "political space" to separatists and extremists.')
E9 = "He urged the Canadian government to act against pro-Khalistan groups operating on its soil."
E10 = ("The World Sikh Organization of Canada welcomed the arrests but said it feared that those who ordered the "
       "killing would never face justice.")
E11 = ("Several hundred Sikhs rallied outside the Indian consulate in Vancouver on Saturday, waving Khalistan flags "
       "and chanting slogans against Indian Prime Minister Narendra Modi.")
E12 = ("In a separate case, U.S. prosecutors in November charged Indian national Nikhil Gupta with plotting to kill "
       "Sikh separatist Gurpatwant Singh Pannun in New York.")
E13 = "Gupta, who was arrested in the Czech Republic last June, is fighting extradition to the United States."
E14 = "New Delhi set up a high-level committee in November to look into the U.S. allegations."

EN01 = {
    "id": "hm309-en-01", "lang": "en", "url": None, "published": "2024-05-04",
    "title": "Canada arrests three Indian nationals over killing of Sikh separatist Nijjar",
    "text": paragraphs([E1, E2], [E3, E4, E5], [E6, E7, E8, E9], [E10, E11], [E12, E13, E14]),
    "events": [
        event("COERCE", RCMP, NIJJAR_SUSPECTS, E1, mode="arrest", date="2024-05-03", location="Edmonton",
              location_country="CAN"),
        event("ACCUSE", RCMP, NIJJAR_SUSPECTS, E1, mode="allege", date="2024-05-03"),
        event("ASSAULT", NIJJAR_GUNMEN, NIJJAR, E3, mode="firearms", location="Surrey", location_country="CAN"),
        event("ACCUSE", RCMP, IND_GOV, E4, mode="investigate"),
        event("ACCUSE", RCMP, IND_GOV, E5, mode="allege", negated=True),
        event("ACCUSE", TRUDEAU, IND_GOV, E6, mode="allege"),
        event("SANCTION", IND_GOV, CAN_GOV, E7, mode="expel"),
        event("ACCUSE", JAISHANKAR, CAN_GOV, E8, mode="disapprove", date="2024-05-04"),
        event("REQUEST", JAISHANKAR, CAN_GOV, E9, mode="change"),
        event("SUPPORT", WSO, RCMP, E10),
        event("PROTEST", SIKH_PROTESTERS, MODI, E11, mode="demo", date="2024-05-04", location="Vancouver",
              location_country="CAN"),
        event("ACCUSE", US_PROSECUTORS, GUPTA, E12, mode="allege"),
        event("COERCE", CZE_POLICE, GUPTA, E13, mode="arrest", location="Czech Republic", location_country="CZE"),
        event("ACCUSE", IND_GOV, None, E14, mode="investigate"),
    ],
    "quotes": [
        quote("The men, identified as Karan Brar, 22, Kamalpreet Singh, 22, and Karanpreet Singh, 28, had been living "
              "in Alberta as non-permanent residents", "Royal Canadian Mounted Police", "indirect"),
        quote("This investigation does not end here", "David Teboul", "direct"),
        quote("police were investigating possible links to the Indian government", "David Teboul", "indirect"),
        quote("there were credible allegations linking Indian agents to the killing", "Justin Trudeau", "indirect"),
        quote("the arrests showed that Canada had a strong and independent justice system", "Justin Trudeau",
              "indirect"),
        quote("New Delhi would wait for Canadian police to share information", "Subrahmanyam Jaishankar",
              "indirect"),
        quote("political space", "Subrahmanyam Jaishankar", "direct"),
        quote("it feared that those who ordered the killing would never face justice",
              "World Sikh Organization of Canada", "indirect"),
    ],
    "entities": [
        entity("Vancouver", "LOC", "CAN", ["VANCOUVER", "Vancouver"]),
        entity("Royal Canadian Mounted Police", "ORG", "CAN", ["Canadian police", "the Royal Canadian Mounted Police",
                                                               "police"]),
        entity("three Indian nationals arrested in Edmonton", "ORG", "IND", ["three Indian nationals", "The men"]),
        entity("Edmonton", "LOC", "CAN", ["Edmonton"]),
        entity("Hardeep Singh Nijjar", "PER", "CAN", ["Sikh separatist leader Hardeep Singh Nijjar", "Nijjar"]),
        entity("Government of Canada", "ORG", "CAN", ["Ottawa", "the Canadian government"]),
        entity("Government of India", "ORG", "IND", ["New Delhi", "the Indian government"]),
        entity("Karan Brar", "PER", "IND", ["Karan Brar"]),
        entity("Kamalpreet Singh", "PER", "IND", ["Kamalpreet Singh"]),
        entity("Karanpreet Singh", "PER", "IND", ["Karanpreet Singh"]),
        entity("Alberta", "LOC", "CAN", ["Alberta"]),
        entity("Khalistan", "LOC", "IND", ["Khalistan"]),
        entity("gunmen who shot Hardeep Singh Nijjar", "PER", "CAN", ["masked gunmen"]),
        entity("Guru Nanak Sikh Gurdwara", "LOC", "CAN", ["a Sikh temple"]),
        entity("Surrey", "LOC", "CAN", ["Surrey"]),
        entity("British Columbia", "LOC", "CAN", ["British Columbia"]),
        entity("David Teboul", "PER", "CAN", ["Assistant Commissioner David Teboul", "Teboul"]),
        entity("Justin Trudeau", "PER", "CAN", ["Prime Minister Justin Trudeau"]),
        entity("Parliament of Canada", "ORG", "CAN", ["parliament"]),
        entity("Canada", "LOC", "CAN", ["Canada"]),
        entity("India", "LOC", "IND", ["India"]),
        entity("Subrahmanyam Jaishankar", "PER", "IND", ["Indian Foreign Minister Subrahmanyam Jaishankar"]),
        entity("World Sikh Organization of Canada", "ORG", "CAN", ["The World Sikh Organization of Canada"]),
        entity("Sikh protesters in Vancouver", "ORG", "CAN", ["Several hundred Sikhs"]),
        entity("Consulate General of India in Vancouver", "ORG", "IND", ["the Indian consulate in Vancouver"]),
        entity("Narendra Modi", "PER", "IND", ["Indian Prime Minister Narendra Modi"]),
        entity("U.S. federal prosecutors", "ORG", "USA", ["U.S. prosecutors"]),
        entity("Nikhil Gupta", "PER", "IND", ["Indian national Nikhil Gupta", "Gupta"]),
        entity("Gurpatwant Singh Pannun", "PER", "USA", ["Sikh separatist Gurpatwant Singh Pannun"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Czech Republic", "LOC", "CZE", ["the Czech Republic"]),
        entity("United States", "LOC", "USA", ["the United States"]),
    ],
}

# ---------------------------------------------------------------- hm309-en-02 (G7 foreign ministers in Tokyo, Gaza)
G7_FM = actor("G7 foreign ministers", "IGO", "IGO")
ISRAEL = actor("Israel", "ISR", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
IRAN = actor("Iran", "IRN", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
QASSAM = actor("Qassam Brigades", "PSE", "REB")
NORTH_KOREA = actor("North Korea", "PRK", "GOV")
KULEBA = actor("Dmytro Kuleba", "UKR", "GOV")
CHINA = actor("China", "CHN", "GOV")
KANAANI = actor("Nasser Kanaani", "IRN", "GOV")
KAMIKAWA = actor("Yoko Kamikawa", "JPN", "GOV")
GAZA_CIVILIANS = actor("civilians in Gaza", "PSE", "CVL")

G1 = ('TOKYO, Nov 8 (Reuters) - Group of Seven foreign ministers on Wednesday called for "humanitarian pauses" in '
      "the fighting in Gaza to let aid reach civilians, while backing Israel's right to defend itself.")
G2 = ('In a joint statement at the end of two days of talks in Tokyo, the ministers said they "unequivocally '
      'condemn" the Oct. 7 attack on Israel by Hamas and demanded the immediate release of all hostages.')
G3 = ("They also urged Iran to stop supporting Hamas and the Lebanese group Hezbollah and to refrain from actions "
      "that could widen the conflict.")
G4 = ('Japanese Foreign Minister Yoko Kamikawa told reporters the group had spoken "with one voice" despite '
      'differences over how hard to press Israel.')
G5 = ("U.S. Secretary of State Antony Blinken said Israel must not reoccupy Gaza once the war is over and "
      "Palestinians must not be forcibly displaced from the enclave.")
G6 = ("Israeli troops fought Hamas militants in the heart of Gaza City on Wednesday, the Israeli military said, "
      "while Hamas's armed wing said its fighters had destroyed several Israeli tanks.")
G7 = ("The health ministry in Hamas-run Gaza says more than 10,500 Palestinians have been killed since the war "
      "began.")
G8 = ("On Ukraine, the ministers pledged to keep supporting Kyiv and condemned arms transfers from North Korea to "
      "Russia.")
G9 = ("Ukrainian Foreign Minister Dmytro Kuleba asked the group on Wednesday for more air defence systems ahead of "
      "the winter.")
G10 = "The ministers also urged China not to help Russia's war effort."
G11 = ('In Tehran, foreign ministry spokesman Nasser Kanaani called the statement "biased" and said it gave Israel '
       '"a green light" to kill civilians.')
G12 = "Kamikawa said Japan would provide an additional $65 million in humanitarian aid for Gaza."
G13 = ("The G7 groups the United States, Japan, Germany, Britain, France, Italy and Canada, with the European Union "
       "also taking part in its meetings.")
G14 = "Japan holds the rotating presidency of the group this year."

EN02 = {
    "id": "hm309-en-02", "lang": "en", "url": None, "published": "2023-11-08",
    "title": "G7 ministers call for humanitarian pauses in Gaza, back Israel's right to self-defence",
    "text": paragraphs([G1, G2, G3], [G4, G5], [G6, G7], [G8, G9, G10], [G11, G12], [G13, G14]),
    "events": [
        event("REQUEST", G7_FM, None, G1, mode="yield", date="2023-11-08"),
        event("SUPPORT", G7_FM, ISRAEL, G1, date="2023-11-08"),
        event("CONSULT", G7_FM, None, G2, mode="multilateral", location="Tokyo", location_country="JPN"),
        event("ACCUSE", G7_FM, HAMAS, G2, mode="disapprove"),
        event("REQUEST", G7_FM, HAMAS, G2, mode="yield"),
        event("REQUEST", G7_FM, IRAN, G3, mode="change"),
        event("REQUEST", BLINKEN, ISRAEL, G5, mode="change"),
        event("ASSAULT", IDF, HAMAS, G6, date="2023-11-08", location="Gaza City", location_country="PSE"),
        event("ASSAULT", QASSAM, IDF, G6, mode="heavy-weapons", location="Gaza City", location_country="PSE"),
        event("AGREE", G7_FM, UKRAINE, G8),
        event("ACCUSE", G7_FM, NORTH_KOREA, G8, mode="disapprove"),
        event("ACCUSE", G7_FM, RUSSIA, G8, mode="disapprove"),
        event("REQUEST", KULEBA, G7_FM, G9, mode="assist", date="2023-11-08"),
        event("REQUEST", G7_FM, CHINA, G10, mode="change"),
        event("ACCUSE", KANAANI, G7_FM, G11, mode="disapprove"),
        event("AGREE", KAMIKAWA, GAZA_CIVILIANS, G12),
    ],
    "quotes": [
        quote("humanitarian pauses", "G7 foreign ministers", "direct"),
        quote("unequivocally condemn", "G7 foreign ministers", "direct"),
        quote('they "unequivocally condemn" the Oct. 7 attack on Israel by Hamas', "G7 foreign ministers", "indirect"),
        quote("with one voice", "Yoko Kamikawa", "direct"),
        quote('the group had spoken "with one voice" despite differences over how hard to press Israel',
              "Yoko Kamikawa", "indirect"),
        quote("Israel must not reoccupy Gaza once the war is over and Palestinians must not be forcibly displaced from "
              "the enclave", "Antony Blinken", "indirect"),
        quote("Israeli troops fought Hamas militants in the heart of Gaza City on Wednesday", "Israel Defense Forces",
              "indirect"),
        quote("its fighters had destroyed several Israeli tanks", "Qassam Brigades", "indirect"),
        quote("more than 10,500 Palestinians have been killed since the war began", "Gaza Health Ministry",
              "indirect"),
        quote("biased", "Nasser Kanaani", "direct"),
        quote("a green light", "Nasser Kanaani", "direct"),
        quote('it gave Israel "a green light" to kill civilians', "Nasser Kanaani", "indirect"),
        quote("Japan would provide an additional $65 million in humanitarian aid for Gaza", "Yoko Kamikawa",
              "indirect"),
    ],
    "entities": [
        entity("Tokyo", "LOC", "JPN", ["TOKYO", "Tokyo"]),
        entity("G7 foreign ministers", "ORG", "IGO", ["Group of Seven foreign ministers", "the ministers",
                                                      "The ministers"]),
        entity("Group of Seven", "ORG", "IGO", ["Group of Seven", "the group", "The G7"]),
        entity("Gaza", "LOC", "PSE", ["Gaza", "the enclave"]),
        entity("Israel", "LOC", "ISR", ["Israel", "Israel's"]),
        entity("Hamas", "ORG", "PSE", ["Hamas", "Hamas militants"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Hezbollah", "ORG", "LBN", ["the Lebanese group Hezbollah"]),
        entity("Yoko Kamikawa", "PER", "JPN", ["Japanese Foreign Minister Yoko Kamikawa", "Kamikawa"]),
        entity("Antony Blinken", "PER", "USA", ["U.S. Secretary of State Antony Blinken"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Israeli troops", "the Israeli military"]),
        entity("Gaza City", "LOC", "PSE", ["Gaza City"]),
        entity("Qassam Brigades", "ORG", "PSE", ["Hamas's armed wing", "its fighters"]),
        entity("Gaza Health Ministry", "ORG", "PSE", ["The health ministry in Hamas-run Gaza"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kyiv"]),
        entity("North Korea", "LOC", "PRK", ["North Korea"]),
        entity("Russia", "LOC", "RUS", ["Russia", "Russia's"]),
        entity("Dmytro Kuleba", "PER", "UKR", ["Ukrainian Foreign Minister Dmytro Kuleba"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Tehran", "LOC", "IRN", ["Tehran"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["foreign ministry"]),
        entity("Nasser Kanaani", "PER", "IRN", ["foreign ministry spokesman Nasser Kanaani"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Germany", "LOC", "DEU", ["Germany"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("France", "LOC", "FRA", ["France"]),
        entity("Italy", "LOC", "ITA", ["Italy"]),
        entity("Canada", "LOC", "CAN", ["Canada"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
