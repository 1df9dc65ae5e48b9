"""Round 256: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm256-de-01: Russia: Putin speaks for the first time about the presumed death of Yevgeny Prigozhin in the plane crash in Tver region while receiving Pushilin; the Investigative Committee opens a case, Wagner channels blame air defence, Biden points at Putin, the British MoD at the FSB, Peskov and Zelensky deny, police in St Petersburg, Lukashenko's June offer (2023-08-24).
- hm256-de-02: Poland: Warsaw orders the Russian consulate general in Poznań closed; Sikorski blames Russia for sabotage and warns of more steps, Ambassador Andreyev summoned, earlier arrests of arson suspects, Tusk cites cooperation with Britain, Zakharova threatens a "painful" answer, Lithuania and the Czech Republic back Poland (2024-10-22).
- hm256-de-03: Sweden/Turkey: Salwan Momika burns a Koran outside Stockholm's central mosque on Eid al-Adha; police investigate him, Erdoğan and Fidan condemn Sweden, no Turkish approval of Sweden's NATO bid, Morocco recalls its ambassador, Sadr supporters enter the Swedish embassy in Baghdad, Baghdad demands extradition, Kristersson disapproves (2023-06-29).
- hm256-de-04: Ukraine: Russian missiles kill one and damage the Transfiguration Cathedral in Odesa; Zelensky vows retaliation, the Russian defence ministry claims strikes on "terror" sites and blames Ukrainian air defence, UNESCO condemns and promises experts, Meloni offers help, police cordon, the end of the grain deal (2023-07-23).
- hm256-en-01: United States: protests in Memphis and New York after the release of the video of police beating Tyre Nichols; Mulroy's murder charges, the officers fired, Chief Davis disbands the SCORPION unit, Biden calls the family and urges calm, Crump's demands, a federal civil rights investigation, arrests in New York (2023-01-28).
- hm256-en-02: Ireland: rioters burn buses, a tram and police cars in Dublin after a knife attack on children at a Parnell Square school; 34 arrests, Harris blames a far-right faction, 400 officers deployed, Varadkar vows punishment, McEntee rejects calls to resign, McDonald attacks the government (2023-11-24).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm256-de-01 (Russia, Prigozhin plane crash)
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
PUSHILIN = actor("Denis Pushilin", "RUS", "GOV")
ICR = actor("Investigative Committee of Russia", "RUS", "COP")
WAGNER_CHANNELS = actor("Wagner-affiliated Telegram channels", "RUS", "CVL")
RUS_AIR_DEFENCE = actor("Russian air defence forces", "RUS", "MIL")
BIDEN = actor("Joe Biden", "USA", "GOV")
UK_MOD = actor("Ministry of Defence of the United Kingdom", "GBR", "GOV")
FSB = actor("Federal Security Service of Russia", "RUS", "COP")
RUS_POLICE = actor("Russian police", "RUS", "COP")
LUKASHENKO = actor("Alexander Lukashenko", "BLR", "GOV")
WAGNER = actor("Wagner Group", "RUS", "REB")
PRIGOZHIN = actor("Yevgeny Prigozhin", "RUS", "REB")

P1 = ("Moskau (dpa) - Kremlchef Wladimir Putin hat sich einen Tag nach dem Absturz eines Privatflugzeugs im Gebiet "
      "Twer erstmals zum mutmaßlichen Tod von Söldnerchef Jewgeni Prigoschin geäußert.")
P2 = ("Prigoschin sei ein „talentierter Mensch“ gewesen, habe aber „schwere Fehler“ gemacht, sagte Putin bei einem "
      "Treffen mit dem von Russland eingesetzten Verwaltungschef des Gebiets Donezk, Denis Puschilin, im Kreml.")
P3 = "Die Ermittlungen würden zeigen, was geschehen sei, fügte er hinzu."
P4 = "Das Ermittlungskomitee leitete ein Strafverfahren wegen Verstoßes gegen Flugsicherheitsregeln ein."
P5 = ("Laut der Luftfahrtbehörde Rosawiazija standen Prigoschin und Wagner-Mitgründer Dmitri Utkin auf der "
      "Passagierliste der Embraer, die mit zehn Menschen an Bord nordwestlich von Moskau abstürzte.")
P6 = "Wagner-nahe Telegram-Kanäle warfen der russischen Luftabwehr vor, die Maschine abgeschossen zu haben."
P7 = ("US-Präsident Joe Biden sagte, er sei „nicht überrascht“, in Russland geschehe wenig, hinter dem Putin nicht "
      "stecke.")
P8 = "Kremlsprecher Dmitri Peskow nannte Spekulationen über eine Verwicklung des Kremls eine „absolute Lüge“."
P9 = ("Das britische Verteidigungsministerium hielt es für „sehr wahrscheinlich“, dass der Inlandsgeheimdienst FSB "
      "hinter dem Absturz stecke.")
P10 = "Der ukrainische Präsident Wolodymyr Selenskyj sagte, Kiew habe „nichts damit zu tun“."
P11 = ("Vor dem Wagner-Zentrum in St. Petersburg legten Anhänger Blumen nieder, die Polizei verstärkte ihre "
       "Präsenz.")
P12 = ("Belarus' Machthaber Alexander Lukaschenko hatte nach dem kurzen Aufstand der Wagner-Truppe im Juni "
       "vermittelt und den Kämpfern Lager in seinem Land angeboten.")
P13 = "Putin hatte Prigoschin damals Verrat vorgeworfen."

DE01 = {
    "id": "hm256-de-01", "lang": "de", "url": None, "published": "2023-08-24",
    "title": "Putin äußert sich erstmals zum mutmaßlichen Tod Prigoschins",
    "text": paragraphs([P1, P2, P3], [P4, P5, P6], [P7, P8, P9, P10], [P11, P12, P13]),
    "events": [
        event("CONSULT", PUSHILIN, PUTIN, P2, mode="visit", location="Moscow", location_country="RUS"),
        event("ACCUSE", ICR, None, P4, mode="investigate"),
        event("ACCUSE", WAGNER_CHANNELS, RUS_AIR_DEFENCE, P6, mode="allege"),
        event("ACCUSE", BIDEN, PUTIN, P7, mode="allege"),
        event("ACCUSE", UK_MOD, FSB, P9, mode="allege"),
        event("MOBILIZE", RUS_POLICE, None, P11, mode="police", location="Saint Petersburg",
              location_country="RUS"),
        event("AGREE", LUKASHENKO, WAGNER, P12),
        event("ACCUSE", PUTIN, PRIGOZHIN, P13, mode="disapprove"),
    ],
    "quotes": [
        quote("talentierter Mensch", "Vladimir Putin", "direct"),
        quote("schwere Fehler", "Vladimir Putin", "direct"),
        quote("Prigoschin sei ein „talentierter Mensch“ gewesen, habe aber „schwere Fehler“ gemacht",
              "Vladimir Putin", "indirect"),
        quote("Die Ermittlungen würden zeigen, was geschehen sei", "Vladimir Putin", "indirect"),
        quote("standen Prigoschin und Wagner-Mitgründer Dmitri Utkin auf der Passagierliste der Embraer, die mit zehn "
              "Menschen an Bord nordwestlich von Moskau abstürzte", "Federal Air Transport Agency of Russia",
              "indirect"),
        quote("die Maschine abgeschossen zu haben", "Wagner-affiliated Telegram channels", "indirect"),
        quote("nicht überrascht", "Joe Biden", "direct"),
        quote("er sei „nicht überrascht“, in Russland geschehe wenig, hinter dem Putin nicht stecke", "Joe Biden",
              "indirect"),
        quote("absolute Lüge", "Dmitry Peskov", "direct"),
        quote("sehr wahrscheinlich", "Ministry of Defence of the United Kingdom", "direct"),
        quote("der Inlandsgeheimdienst FSB hinter dem Absturz stecke", "Ministry of Defence of the United Kingdom",
              "indirect"),
        quote("nichts damit zu tun", "Volodymyr Zelensky", "direct"),
        quote("Kiew habe „nichts damit zu tun“", "Volodymyr Zelensky", "indirect"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "Putin"]),
        entity("Tver Oblast", "LOC", "RUS", ["Gebiet Twer"]),
        entity("Yevgeny Prigozhin", "PER", "RUS", ["Söldnerchef Jewgeni Prigoschin", "Prigoschin"]),
        entity("Denis Pushilin", "PER", "RUS", ["dem von Russland eingesetzten Verwaltungschef des Gebiets Donezk, "
                                                "Denis Puschilin"]),
        entity("Donetsk Oblast", "LOC", "UKR", ["des Gebiets Donezk"]),
        entity("Moscow Kremlin", "LOC", "RUS", ["im Kreml"]),
        entity("Investigative Committee of Russia", "ORG", "RUS", ["Das Ermittlungskomitee"]),
        entity("Federal Air Transport Agency of Russia", "ORG", "RUS", ["der Luftfahrtbehörde Rosawiazija"]),
        entity("Dmitry Utkin", "PER", "RUS", ["Wagner-Mitgründer Dmitri Utkin"]),
        entity("Wagner Group", "ORG", "RUS", ["der Wagner-Truppe", "den Kämpfern"]),
        entity("Embraer Legacy 600 RA-02795", "LOC", "RUS", ["eines Privatflugzeugs", "der Embraer",
                                                             "die Maschine"]),
        entity("Wagner-affiliated Telegram channels", "ORG", "RUS", ["Wagner-nahe Telegram-Kanäle"]),
        entity("Russian air defence forces", "ORG", "RUS", ["der russischen Luftabwehr"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Government of Russia", "ORG", "RUS", ["des Kremls"]),
        entity("Ministry of Defence of the United Kingdom", "ORG", "GBR", ["Das britische Verteidigungsministerium"]),
        entity("Federal Security Service of Russia", "ORG", "RUS", ["der Inlandsgeheimdienst FSB"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kiew"]),
        entity("Wagner Center", "LOC", "RUS", ["dem Wagner-Zentrum"]),
        entity("Saint Petersburg", "LOC", "RUS", ["St. Petersburg"]),
        entity("Russian police", "ORG", "RUS", ["die Polizei"]),
        entity("Alexander Lukashenko", "PER", "BLR", ["Belarus' Machthaber Alexander Lukaschenko"]),
        entity("Belarus", "LOC", "BLR", ["Belarus'", "seinem Land"]),
    ],
}

# ---------------------------------------------------------------- hm256-de-02 (Poland, Poznań consulate closed)
POLAND = actor("Poland", "POL", "GOV")
RUS_CONSULATE_POZ = actor("Consulate General of Russia in Poznań", "RUS", "GOV")
SIKORSKI = actor("Radosław Sikorski", "POL", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
POL_MFA = actor("Ministry of Foreign Affairs of Poland", "POL", "GOV")
ANDREYEV = actor("Sergey Andreyev", "RUS", "GOV")
POL_INVESTIGATORS = actor("Polish investigators", "POL", "COP")
ARSON_SUSPECTS = actor("arson suspects in Poland", "POL", "CVL")
UK = actor("United Kingdom", "GBR", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
POL_GOV = actor("Government of Poland", "POL", "GOV")
LITHUANIA = actor("Lithuania", "LTU", "GOV")
CZECHIA = actor("Czech Republic", "CZE", "GOV")
RUS_DIPLOMATS_POL = actor("Russian diplomats in Poland", "RUS", "GOV")

Z1 = "Warschau (AFP) - Polen hat die Schließung des russischen Generalkonsulats in Posen angeordnet."
Z2 = ("Außenminister Radosław Sikorski begründete den Schritt am Dienstag mit Beweisen dafür, dass Russland hinter "
      "Sabotageakten in Polen stecke, darunter auch versuchte Brandanschläge.")
Z3 = "Das Außenministerium bestellte den russischen Botschafter Sergej Andrejew ein."
Z4 = ("„Sollte Russland seine Anschläge fortsetzen, werden wir weitere Schritte ergreifen“, sagte Sikorski vor "
      "Journalisten.")
Z5 = ("Polnische Ermittler hatten in diesem Jahr mehrere Verdächtige festgenommen, die im Auftrag des russischen "
      "Militärgeheimdienstes Brände gelegt haben sollen.")
Z6 = ("Bei den Ermittlungen arbeite Polen eng mit Großbritannien zusammen, wo es ähnliche Fälle gegeben habe, "
      "sagte Ministerpräsident Donald Tusk.")
Z7 = "Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, kündigte eine „schmerzhafte“ Antwort an."
Z8 = "Polen betreibe „Russophobie“, die Vorwürfe seien frei erfunden, sagte sie."
Z9 = "Litauen und Tschechien stellten sich hinter die Entscheidung."
Z10 = ("Bereits im Mai hatte die Regierung in Warschau die Bewegungsfreiheit russischer Diplomaten im Land "
       "eingeschränkt.")
Z11 = "Russland unterhält damit noch Konsulate in Danzig und Krakau sowie die Botschaft in Warschau."

DE02 = {
    "id": "hm256-de-02", "lang": "de", "url": None, "published": "2024-10-22",
    "title": "Polen schließt russisches Konsulat in Posen",
    "text": paragraphs([Z1, Z2, Z3], [Z4, Z5, Z6], [Z7, Z8, Z9], [Z10, Z11]),
    "events": [
        event("SANCTION", POLAND, RUS_CONSULATE_POZ, Z1, mode="expel"),
        event("ACCUSE", SIKORSKI, RUSSIA, Z2, mode="allege", date="2024-10-22"),
        event("ACCUSE", POL_MFA, ANDREYEV, Z3, mode="disapprove"),
        event("THREATEN", SIKORSKI, RUSSIA, Z4),
        event("COERCE", POL_INVESTIGATORS, ARSON_SUSPECTS, Z5, mode="arrest"),
        event("COOPERATE", POLAND, UK, Z6),
        event("THREATEN", ZAKHAROVA, POL_GOV, Z7),
        event("ACCUSE", ZAKHAROVA, POL_GOV, Z8, mode="disapprove"),
        event("SUPPORT", LITHUANIA, POL_GOV, Z9),
        event("SUPPORT", CZECHIA, POL_GOV, Z9),
        event("COERCE", POL_GOV, RUS_DIPLOMATS_POL, Z10, mode="restrict"),
    ],
    "quotes": [
        quote("Russland hinter Sabotageakten in Polen stecke, darunter auch versuchte Brandanschläge",
              "Radosław Sikorski", "indirect"),
        quote("Sollte Russland seine Anschläge fortsetzen, werden wir weitere Schritte ergreifen", "Radosław Sikorski",
              "direct"),
        quote("Bei den Ermittlungen arbeite Polen eng mit Großbritannien zusammen, wo es ähnliche Fälle gegeben habe",
              "Donald Tusk", "indirect"),
        quote("schmerzhafte", "Maria Zakharova", "direct"),
        quote("Russophobie", "Maria Zakharova", "direct"),
        quote("Polen betreibe „Russophobie“, die Vorwürfe seien frei erfunden", "Maria Zakharova", "indirect"),
    ],
    "entities": [
        entity("Warsaw", "LOC", "POL", ["Warschau"]),
        entity("Poland", "LOC", "POL", ["Polen", "im Land"]),
        entity("Consulate General of Russia in Poznań", "ORG", "RUS", ["des russischen Generalkonsulats in Posen"]),
        entity("Poznań", "LOC", "POL", ["Posen"]),
        entity("Radosław Sikorski", "PER", "POL", ["Außenminister Radosław Sikorski", "Sikorski"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Ministry of Foreign Affairs of Poland", "ORG", "POL", ["Das Außenministerium"]),
        entity("Sergey Andreyev", "PER", "RUS", ["den russischen Botschafter Sergej Andrejew"]),
        entity("Polish investigators", "ORG", "POL", ["Polnische Ermittler"]),
        entity("arson suspects in Poland", "ORG", "POL", ["mehrere Verdächtige"]),
        entity("GRU", "ORG", "RUS", ["des russischen Militärgeheimdienstes"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("Donald Tusk", "PER", "POL", ["Ministerpräsident Donald Tusk"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["des russischen Außenministeriums"]),
        entity("Maria Zakharova", "PER", "RUS", ["Die Sprecherin des russischen Außenministeriums, Maria "
                                                 "Sacharowa"]),
        entity("Government of Poland", "ORG", "POL", ["die Regierung in Warschau"]),
        entity("Lithuania", "LOC", "LTU", ["Litauen"]),
        entity("Czech Republic", "LOC", "CZE", ["Tschechien"]),
        entity("Russian diplomats in Poland", "ORG", "RUS", ["russischer Diplomaten"]),
        entity("Gdańsk", "LOC", "POL", ["Danzig"]),
        entity("Kraków", "LOC", "POL", ["Krakau"]),
        entity("Embassy of Russia in Warsaw", "ORG", "RUS", ["die Botschaft in Warschau"]),
    ],
}

# ---------------------------------------------------------------- hm256-de-03 (Sweden/Turkey, Koran burning)
TURKEY = actor("Turkey", "TUR", "GOV")
SWEDEN = actor("Sweden", "SWE", "GOV")
MOMIKA = actor("Salwan Momika", "IRQ", "CVL")
SWE_POLICE = actor("Swedish Police Authority", "SWE", "COP")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
FIDAN = actor("Hakan Fidan", "TUR", "GOV")
MOROCCO = actor("Morocco", "MAR", "GOV")
SADR_SUPPORTERS = actor("supporters of Muqtada al-Sadr", "IRQ", "CVL")
SWE_EMBASSY_BAGHDAD = actor("Embassy of Sweden in Baghdad", "SWE", "GOV")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
SWE_GOV = actor("Government of Sweden", "SWE", "GOV")
KRISTERSSON = actor("Ulf Kristersson", "SWE", "GOV")

Q1 = ("Stockholm (Reuters) - Nach der Verbrennung eines Korans vor der größten Moschee Stockholms hat die Türkei "
      "Schweden scharf kritisiert.")
Q2 = ("Der aus dem Irak stammende Salwan Momika hatte am Mittwoch, dem ersten Tag des islamischen Opferfests, bei "
      "einer Kundgebung Seiten aus dem Buch gerissen und angezündet.")
Q3 = ("Die Polizei hatte die Kundgebung unter Berufung auf die Meinungsfreiheit erlaubt, ermittelt nun aber wegen "
      "Hetze gegen eine Volksgruppe gegen den 37-Jährigen.")
Q4 = ("Präsident Recep Tayyip Erdoğan sagte in Ankara, man werde den „arroganten Westlern“ beibringen, dass die "
      "Beleidigung von Muslimen keine Meinungsfreiheit sei.")
Q5 = "Außenminister Hakan Fidan nannte es „inakzeptabel“, solche Aktionen zuzulassen."
Q6 = "Die Türkei hat dem Nato-Beitritt Schwedens bislang nicht zugestimmt."
Q7 = "Marokko rief seinen Botschafter in Stockholm auf unbestimmte Zeit zurück."
Q8 = ("In Bagdad drangen Anhänger des Schiitenführers Muktada al-Sadr am Donnerstag kurzzeitig in das Gelände der "
      "schwedischen Botschaft ein.")
Q9 = ("Die irakische Regierung verurteilte die Koranverbrennung und forderte die schwedische "
      "Regierung auf, Momika auszuliefern.")
Q10 = ("Ministerpräsident Ulf Kristersson sagte, die Aktion sei zwar legal, aber „nicht angemessen“ "
       "gewesen.")
Q11 = "Das Opferfest ist einer der höchsten Feiertage im Islam."

DE03 = {
    "id": "hm256-de-03", "lang": "de", "url": None, "published": "2023-06-29",
    "title": "Türkei kritisiert Schweden nach Koranverbrennung in Stockholm",
    "text": paragraphs([Q1, Q2, Q3], [Q4, Q5, Q6], [Q7, Q8, Q9], [Q10, Q11]),
    "events": [
        event("ACCUSE", TURKEY, SWEDEN, Q1, mode="disapprove"),
        event("PROTEST", MOMIKA, None, Q2, mode="demo", date="2023-06-28", location="Stockholm",
              location_country="SWE"),
        event("ACCUSE", SWE_POLICE, MOMIKA, Q3, mode="investigate"),
        event("ACCUSE", ERDOGAN, SWEDEN, Q4, mode="disapprove", location="Ankara", location_country="TUR"),
        event("ACCUSE", FIDAN, SWEDEN, Q5, mode="disapprove"),
        event("SUPPORT", TURKEY, SWEDEN, Q6, negated=True),
        event("SANCTION", MOROCCO, SWEDEN, Q7, mode="withdraw"),
        event("PROTEST", SADR_SUPPORTERS, SWE_EMBASSY_BAGHDAD, Q8, mode="demo", date="2023-06-29",
              location="Baghdad", location_country="IRQ"),
        event("ACCUSE", IRQ_GOV, MOMIKA, Q9, mode="disapprove"),
        event("REQUEST", IRQ_GOV, SWE_GOV, Q9),
        event("ACCUSE", KRISTERSSON, MOMIKA, Q10, mode="disapprove"),
    ],
    "quotes": [
        quote("arroganten Westlern", "Recep Tayyip Erdoğan", "direct"),
        quote("man werde den „arroganten Westlern“ beibringen, dass die Beleidigung von Muslimen keine "
              "Meinungsfreiheit sei", "Recep Tayyip Erdoğan", "indirect"),
        quote("inakzeptabel", "Hakan Fidan", "direct"),
        quote("nicht angemessen", "Ulf Kristersson", "direct"),
        quote("die Aktion sei zwar legal, aber „nicht angemessen“ gewesen", "Ulf Kristersson", "indirect"),
    ],
    "entities": [
        entity("Stockholm", "LOC", "SWE", ["Stockholm"]),
        entity("Stockholm Mosque", "LOC", "SWE", ["der größten Moschee Stockholms"]),
        entity("Turkey", "LOC", "TUR", ["die Türkei", "Die Türkei"]),
        entity("Sweden", "LOC", "SWE", ["Schweden"]),
        entity("Iraq", "LOC", "IRQ", ["dem Irak"]),
        entity("Salwan Momika", "PER", "IRQ", ["Salwan Momika", "den 37-Jährigen", "Momika"]),
        entity("Swedish Police Authority", "ORG", "SWE", ["Die Polizei"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Präsident Recep Tayyip Erdoğan"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("Hakan Fidan", "PER", "TUR", ["Außenminister Hakan Fidan"]),
        entity("NATO", "ORG", "IGO", ["Nato"]),
        entity("Morocco", "LOC", "MAR", ["Marokko"]),
        entity("Ambassador of Morocco to Sweden", "PER", "MAR", ["seinen Botschafter in Stockholm"]),
        entity("Baghdad", "LOC", "IRQ", ["Bagdad"]),
        entity("supporters of Muqtada al-Sadr", "ORG", "IRQ", ["Anhänger des Schiitenführers Muktada al-Sadr"]),
        entity("Muqtada al-Sadr", "PER", "IRQ", ["des Schiitenführers Muktada al-Sadr"]),
        entity("Embassy of Sweden in Baghdad", "LOC", "SWE", ["das Gelände der schwedischen Botschaft"]),
        entity("Government of Iraq", "ORG", "IRQ", ["Die irakische Regierung"]),
        entity("Government of Sweden", "ORG", "SWE", ["die schwedische Regierung"]),
        entity("Ulf Kristersson", "PER", "SWE", ["Ministerpräsident Ulf Kristersson"]),
    ],
}

# ---------------------------------------------------------------- hm256-de-04 (Ukraine, Odesa cathedral hit)
RUS_FORCES = actor("Russian Armed Forces", "RUS", "MIL")
ODESA_RES = actor("residents of Odesa", "UKR", "CVL")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
RUS_MOD = actor("Ministry of Defence of Russia", "RUS", "MIL")
UKR_AIR_DEFENCE = actor("Ukrainian air defence forces", "UKR", "MIL")
UNESCO = actor("UNESCO", "UNO", "IGO")
UKRAINE = actor("Ukraine", "UKR", "GOV")
MELONI = actor("Giorgia Meloni", "ITA", "GOV")
UKR_POLICE = actor("National Police of Ukraine", "UKR", "COP")

O1 = ("Odessa (dpa) - Bei einem russischen Raketenangriff auf die ukrainische Hafenstadt Odessa ist in der Nacht "
      "zum Sonntag mindestens ein Mensch getötet worden.")
O2 = "Mehr als 20 Menschen wurden verletzt, darunter vier Kinder, wie Gouverneur Oleh Kiper mitteilte."
O3 = ("Die Raketen beschädigten auch die Verklärungskathedrale in der Altstadt schwer, die zum "
      "Unesco-Weltkulturerbe gehört.")
O4 = "Präsident Wolodymyr Selenskyj kündigte Vergeltung an."
O5 = "„Es wird definitiv eine Vergeltung für Odessa geben“, schrieb er auf Telegram."
O6 = ("Das Verteidigungsministerium in Moskau erklärte, man habe Orte angegriffen, an denen „Terrorakte“ gegen "
      "Russland vorbereitet worden seien.")
O7 = "Die Kathedrale sei von einer ukrainischen Flugabwehrrakete getroffen worden."
O8 = ("Die Unesco verurteilte den Angriff „auf das Schärfste“ und kündigte an, Experten zur Begutachtung der "
      "Schäden zu schicken.")
O9 = "Italiens Regierungschefin Giorgia Meloni bot an, beim Wiederaufbau der Kathedrale zu helfen."
O10 = "Die Polizei sperrte die Umgebung der Kirche ab."
O11 = "Die Kathedrale war in den 1930er Jahren abgerissen und 2003 neu geweiht worden."
O12 = "Russland hatte in der vergangenen Woche das Getreideabkommen mit der Ukraine auslaufen lassen."

DE04 = {
    "id": "hm256-de-04", "lang": "de", "url": None, "published": "2023-07-23",
    "title": "Russischer Raketenangriff beschädigt Kathedrale in Odessa",
    "text": paragraphs([O1, O2, O3], [O4, O5, O6, O7], [O8, O9, O10], [O11, O12]),
    "events": [
        event("ASSAULT", RUS_FORCES, ODESA_RES, O1, mode="heavy-weapons", date="2023-07-23", location="Odesa",
              location_country="UKR"),
        event("ASSAULT", RUS_FORCES, None, O3, mode="heavy-weapons", location="Odesa", location_country="UKR"),
        event("THREATEN", ZELENSKY, RUSSIA, O4, mode="violence"),
        event("THREATEN", ZELENSKY, RUSSIA, O5, mode="violence"),
        event("ASSAULT", RUS_FORCES, None, O6, mode="heavy-weapons", location="Odesa", location_country="UKR"),
        event("ACCUSE", RUS_MOD, UKR_AIR_DEFENCE, O7, mode="allege"),
        event("ACCUSE", UNESCO, RUSSIA, O8, mode="disapprove"),
        event("AGREE", UNESCO, UKRAINE, O8),
        event("AGREE", MELONI, UKRAINE, O9),
        event("COERCE", UKR_POLICE, None, O10, mode="restrict", location="Odesa", location_country="UKR"),
        event("SANCTION", RUSSIA, UKRAINE, O12, mode="discontinue"),
    ],
    "quotes": [
        quote("Mehr als 20 Menschen wurden verletzt, darunter vier Kinder", "Oleh Kiper", "indirect"),
        quote("Es wird definitiv eine Vergeltung für Odessa geben", "Volodymyr Zelensky", "direct"),
        quote("Terrorakte", "Ministry of Defence of Russia", "direct"),
        quote("man habe Orte angegriffen, an denen „Terrorakte“ gegen Russland vorbereitet worden seien",
              "Ministry of Defence of Russia", "indirect"),
        quote("Die Kathedrale sei von einer ukrainischen Flugabwehrrakete getroffen worden",
              "Ministry of Defence of Russia", "indirect"),
        quote("auf das Schärfste", "UNESCO", "direct"),
    ],
    "entities": [
        entity("Odesa", "LOC", "UKR", ["Odessa", "die ukrainische Hafenstadt Odessa"]),
        entity("Oleh Kiper", "PER", "UKR", ["Gouverneur Oleh Kiper"]),
        entity("Transfiguration Cathedral (Odesa)", "LOC", "UKR", ["die Verklärungskathedrale", "Die Kathedrale",
                                                                   "der Kathedrale", "der Kirche"]),
        entity("Odesa Old Town", "LOC", "UKR", ["der Altstadt"]),
        entity("UNESCO", "ORG", "UNO", ["Unesco", "Die Unesco"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Das Verteidigungsministerium in Moskau"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Italiens Regierungschefin Giorgia Meloni"]),
        entity("Italy", "LOC", "ITA", ["Italiens"]),
        entity("National Police of Ukraine", "ORG", "UKR", ["Die Polizei"]),
        entity("Black Sea Grain Initiative", "ORG", None, ["das Getreideabkommen"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine"]),
    ],
}

# ---------------------------------------------------------------- hm256-en-01 (USA, Tyre Nichols video)
MEMPHIS_PROTESTERS = actor("protesters in Memphis", "USA", "CVL")
MPD = actor("Memphis Police Department", "USA", "COP")
MPD_OFFICERS = actor("five Memphis police officers", "USA", "COP")
NICHOLS = actor("Tyre Nichols", "USA", "CVL")
MULROY = actor("Steve Mulroy", "USA", "JUD")
DAVIS = actor("Cerelyn Davis", "USA", "COP")
NICHOLS_FAMILY = actor("family of Tyre Nichols", "USA", "CVL")
ROWVAUGHN_WELLS = actor("RowVaughn Wells", "USA", "CVL")
RODNEY_WELLS = actor("Rodney Wells", "USA", "CVL")
US_PROTESTERS = actor("protesters over the death of Tyre Nichols", "USA", "CVL")
CRUMP = actor("Ben Crump", "USA", "CVL")
DOJ = actor("U.S. Department of Justice", "USA", "GOV")
NY_PROTESTERS = actor("protesters in New York", "USA", "CVL")
NYPD = actor("New York City Police Department", "USA", "COP")

T1 = ("MEMPHIS, Tenn. (AP) - Protesters marched through Memphis and briefly blocked an interstate bridge late Friday "
      "after authorities released video showing police officers beating Tyre Nichols, a Black motorist who died "
      "three days after a traffic stop.")
T2 = ("The footage shows five officers punching and kicking the 29-year-old and striking him with a baton as he "
      "cried out for his mother.")
T3 = ("Shelby County District Attorney Steve Mulroy on Thursday charged the officers, all of whom are Black, with "
      "second-degree murder.")
T4 = "The police department had fired them the week before."
T5 = '"I was outraged," Police Chief Cerelyn Davis said, calling the beating "heinous, reckless and inhumane."'
T6 = ("On Saturday, Davis bowed to demands from Nichols' family and disbanded the SCORPION street crime unit to "
      "which the officers belonged.")
T7 = ("President Joe Biden spoke by phone with Nichols' mother, RowVaughn Wells, and stepfather Rodney Wells, and "
      "urged protesters to remain peaceful.")
T8 = ("Family attorney Ben Crump compared the beating to the 1991 police assault on Rodney King and demanded that "
      "other officers present at the scene be held accountable.")
T9 = "The Justice Department said it had opened a civil rights investigation."
T10 = "Near Times Square in New York, protesters damaged a police car and the NYPD arrested three people."

EN01 = {
    "id": "hm256-en-01", "lang": "en", "url": None, "published": "2023-01-28",
    "title": "Protests after video shows Memphis police beating Tyre Nichols",
    "text": paragraphs([T1, T2], [T3, T4, T5, T6], [T7, T8], [T9, T10]),
    "events": [
        event("PROTEST", MEMPHIS_PROTESTERS, MPD, T1, mode="demo", date="2023-01-27", location="Memphis",
              location_country="USA"),
        event("ASSAULT", MPD_OFFICERS, NICHOLS, T1, mode="beat", location="Memphis", location_country="USA"),
        event("ASSAULT", MPD_OFFICERS, NICHOLS, T2, mode="beat", location="Memphis", location_country="USA"),
        event("ACCUSE", MULROY, MPD_OFFICERS, T3, mode="allege", date="2023-01-26"),
        event("SANCTION", MPD, MPD_OFFICERS, T4, mode="expel"),
        event("ACCUSE", DAVIS, MPD_OFFICERS, T5, mode="disapprove"),
        event("CONCEDE", DAVIS, NICHOLS_FAMILY, T6, date="2023-01-28"),
        event("CONSULT", BIDEN, ROWVAUGHN_WELLS, T7, mode="phone"),
        event("CONSULT", BIDEN, RODNEY_WELLS, T7, mode="phone"),
        event("REQUEST", BIDEN, US_PROTESTERS, T7),
        event("ACCUSE", CRUMP, MPD_OFFICERS, T8, mode="disapprove"),
        event("REQUEST", CRUMP, MPD, T8),
        event("ACCUSE", DOJ, None, T9, mode="investigate"),
        event("PROTEST", NY_PROTESTERS, NYPD, T10, mode="riot", location="New York", location_country="USA"),
        event("COERCE", NYPD, NY_PROTESTERS, T10, mode="arrest", location="New York", location_country="USA"),
    ],
    "quotes": [
        quote("I was outraged", "Cerelyn Davis", "direct"),
        quote("heinous, reckless and inhumane", "Cerelyn Davis", "direct"),
        quote("other officers present at the scene be held accountable", "Ben Crump", "indirect"),
        quote("it had opened a civil rights investigation", "U.S. Department of Justice", "indirect"),
    ],
    "entities": [
        entity("Memphis", "LOC", "USA", ["MEMPHIS", "Memphis"]),
        entity("Tennessee", "LOC", "USA", ["Tenn."]),
        entity("protesters in Memphis", "ORG", "USA", ["Protesters"]),
        entity("five Memphis police officers", "ORG", "USA", ["police officers", "five officers", "the officers"]),
        entity("Tyre Nichols", "PER", "USA", ["Tyre Nichols", "a Black motorist", "the 29-year-old", "Nichols'"]),
        entity("Shelby County District Attorney's Office", "ORG", "USA", ["Shelby County District Attorney"]),
        entity("Shelby County", "LOC", "USA", ["Shelby County"]),
        entity("Steve Mulroy", "PER", "USA", ["Shelby County District Attorney Steve Mulroy"]),
        entity("Memphis Police Department", "ORG", "USA", ["The police department"]),
        entity("Cerelyn Davis", "PER", "USA", ["Police Chief Cerelyn Davis", "Davis"]),
        entity("family of Tyre Nichols", "ORG", "USA", ["Nichols' family"]),
        entity("SCORPION unit", "ORG", "USA", ["the SCORPION street crime unit"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden"]),
        entity("RowVaughn Wells", "PER", "USA", ["Nichols' mother, RowVaughn Wells"]),
        entity("Rodney Wells", "PER", "USA", ["stepfather Rodney Wells"]),
        entity("protesters over the death of Tyre Nichols", "ORG", "USA", ["protesters"]),
        entity("Ben Crump", "PER", "USA", ["Family attorney Ben Crump"]),
        entity("Rodney King", "PER", "USA", ["Rodney King"]),
        entity("U.S. Department of Justice", "ORG", "USA", ["The Justice Department"]),
        entity("New York City", "LOC", "USA", ["New York"]),
        entity("Times Square", "LOC", "USA", ["Times Square"]),
        entity("New York City Police Department", "ORG", "USA", ["the NYPD"]),
    ],
}

# ---------------------------------------------------------------- hm256-en-02 (Ireland, Dublin riots)
GARDA = actor("Garda Síochána", "IRL", "COP")
DUBLIN_RIOTERS = actor("rioters in Dublin", "IRL", "CVL")
PARNELL_ATTACKER = actor("attacker at Parnell Square", "IRL", "CVL")
DUBLIN_CHILDREN = actor("children at a Parnell Square school", "IRL", "CVL")
HARRIS = actor("Drew Harris", "IRL", "COP")
VARADKAR = actor("Leo Varadkar", "IRL", "GOV")
MCENTEE = actor("Helen McEntee", "IRL", "GOV")
IRL_OPP = actor("Irish opposition parties", "IRL", "OPP")
MCDONALD = actor("Mary Lou McDonald", "IRL", "OPP")
IRL_GOV = actor("Government of Ireland", "IRL", "GOV")

E1 = ("DUBLIN, Nov 24 (Reuters) - Irish police arrested 34 people after rioters set fire to buses, a tram and police "
      "cars in central Dublin, hours after a knife attack on young children outside a school.")
E2 = ("A man stabbed three children and a woman outside a primary school on Parnell Square on Thursday afternoon, "
      "leaving a five-year-old girl fighting for her life.")
E3 = "A man in his 50s was detained at the scene and was being treated in hospital, police said."
E4 = ("Hours later, several hundred people, some chanting anti-immigrant slogans, clashed with riot police, looted "
      "shops and attacked officers with fireworks and bottles.")
E5 = 'Police Commissioner Drew Harris blamed "a complete lunatic hooligan faction driven by far-right ideology."'
E6 = "Police deployed about 400 officers, including public order units, to restore calm."
E7 = ('"Those involved have brought shame on Dublin, brought shame on Ireland and brought shame on their families," '
      'Prime Minister Leo Varadkar told reporters.')
E8 = "He vowed that those responsible would be tracked down and punished."
E9 = ("Justice Minister Helen McEntee rejected opposition calls for her resignation, saying police had responded "
      "well.")
E10 = "Sinn Fein leader Mary Lou McDonald said the government had lost control of the streets."
E11 = "Bus and tram services in the city centre resumed on Friday morning."

EN02 = {
    "id": "hm256-en-02", "lang": "en", "url": None, "published": "2023-11-24",
    "title": "Dozens arrested after riot in Dublin following school stabbing",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9, E10], [E11]),
    "events": [
        event("COERCE", GARDA, DUBLIN_RIOTERS, E1, mode="arrest", location="Dublin", location_country="IRL"),
        event("PROTEST", DUBLIN_RIOTERS, GARDA, E1, mode="riot", location="Dublin", location_country="IRL"),
        event("ASSAULT", PARNELL_ATTACKER, DUBLIN_CHILDREN, E1, mode="primitive", location="Dublin",
              location_country="IRL"),
        event("ASSAULT", PARNELL_ATTACKER, DUBLIN_CHILDREN, E2, mode="primitive", date="2023-11-23",
              location="Dublin", location_country="IRL"),
        event("COERCE", GARDA, PARNELL_ATTACKER, E3, mode="arrest", location="Dublin", location_country="IRL"),
        event("PROTEST", DUBLIN_RIOTERS, GARDA, E4, mode="riot", location="Dublin", location_country="IRL"),
        event("ASSAULT", DUBLIN_RIOTERS, GARDA, E4, mode="primitive", location="Dublin", location_country="IRL"),
        event("ACCUSE", HARRIS, DUBLIN_RIOTERS, E5, mode="disapprove"),
        event("MOBILIZE", GARDA, None, E6, mode="police", location="Dublin", location_country="IRL"),
        event("ACCUSE", VARADKAR, DUBLIN_RIOTERS, E7, mode="disapprove"),
        event("THREATEN", VARADKAR, DUBLIN_RIOTERS, E8, mode="arrest"),
        event("REJECT", MCENTEE, IRL_OPP, E9, mode="change"),
        event("REQUEST", IRL_OPP, MCENTEE, E9, mode="change"),
        event("ACCUSE", MCDONALD, IRL_GOV, E10, mode="disapprove"),
    ],
    "quotes": [
        quote("A man in his 50s was detained at the scene and was being treated in hospital", "Garda Síochána",
              "indirect"),
        quote("a complete lunatic hooligan faction driven by far-right ideology", "Drew Harris", "direct"),
        quote("Those involved have brought shame on Dublin, brought shame on Ireland and brought shame on their "
              "families", "Leo Varadkar", "direct"),
        quote("those responsible would be tracked down and punished", "Leo Varadkar", "indirect"),
        quote("police had responded well", "Helen McEntee", "indirect"),
        quote("the government had lost control of the streets", "Mary Lou McDonald", "indirect"),
    ],
    "entities": [
        entity("Dublin", "LOC", "IRL", ["DUBLIN", "central Dublin", "Dublin"]),
        entity("Garda Síochána", "ORG", "IRL", ["Irish police", "police", "riot police", "officers", "Police",
                                                "public order units"]),
        entity("rioters in Dublin", "ORG", "IRL", ["rioters", "several hundred people", "Those involved",
                                                   "those responsible"]),
        entity("children at a Parnell Square school", "ORG", "IRL", ["young children", "three children"]),
        entity("Gaelscoil Choláiste Mhuire", "LOC", "IRL", ["a school", "a primary school"]),
        entity("attacker at Parnell Square", "PER", "IRL", ["A man", "A man in his 50s"]),
        entity("Parnell Square", "LOC", "IRL", ["Parnell Square"]),
        entity("Drew Harris", "PER", "IRL", ["Police Commissioner Drew Harris"]),
        entity("Ireland", "LOC", "IRL", ["Ireland"]),
        entity("Leo Varadkar", "PER", "IRL", ["Prime Minister Leo Varadkar"]),
        entity("Helen McEntee", "PER", "IRL", ["Justice Minister Helen McEntee"]),
        entity("Irish opposition parties", "ORG", "IRL", ["opposition"]),
        entity("Sinn Féin", "ORG", "IRL", ["Sinn Fein"]),
        entity("Mary Lou McDonald", "PER", "IRL", ["Sinn Fein leader Mary Lou McDonald"]),
        entity("Government of Ireland", "ORG", "IRL", ["the government"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
