"""Round 238: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm238-de-01: Finnair suspends its Tartu flights over GPS interference; Tsahkna blames Russia and asks the EU and NATO for a joint response, Lithuania and Latvia point at Kaliningrad, Tallinn summons the Russian chargé (2024-04-30).
- hm238-de-02: Russian transport minister Roman Starovoit found dead hours after Putin dismissed him; Investigative Committee case, Smirnov's arrest over the Kursk border fortifications, Ukrainian drones disrupt Moscow airports, Sybiha accuses Moscow (2025-07-07).
- hm238-de-03: A Yerevan court sentences Archbishop Mikael Ajapahyan to two years for calls to seize power; supporters protest and are detained, Pashinyan's feud with Catholicos Karekin II, Zakharova criticises, Yerevan summons the Russian ambassador (2025-10-02).
- hm238-de-04: Montenegro suspends visa-free entry for Turkish citizens after a stabbing in Podgorica's Zabjelo district and riots against Turkish-owned shops; arrests, deportation order, Spajić condemns, Ankara objects, Ibrahimović calls Fidan (2025-10-28).
- hm238-en-01: Prosecutors charge Kai-Ji Adam Lo with murder after the car attack on the Lapu-Lapu Day festival in Vancouver; police search, court custody, Carney's condolences, Marcos pledges help (2025-04-27).
- hm238-en-02: Firebomb attack on a march for Israeli hostages in Boulder; Mohamed Soliman arrested and charged, Patel, Polis and Netanyahu condemn, Trump blames Biden, ICE detains his family (2025-06-03).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm238-de-01 (Tartu GPS interference)
FINNAIR = actor("Finnair", "FIN", "BUS")
TARTU_AIRPORT = actor("Tartu Airport", "EST", "BUS")
TSAHKNA = actor("Margus Tsahkna", "EST", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
EU = actor("European Union", "EUR", "IGO")
NATO = actor("NATO", "IGO", "IGO")
LITHUANIA = actor("Lithuania", "LTU", "GOV")
LATVIA = actor("Latvia", "LVA", "GOV")
EST_MFA = actor("Ministry of Foreign Affairs of Estonia", "EST", "GOV")
RUS_CHARGE_EST = actor("Russian chargé d'affaires in Estonia", "RUS", "GOV")
EST_TRANSPORT = actor("Estonian Transport Administration", "EST", "GOV")

T1 = ("Tallinn (dpa) - Die finnische Fluggesellschaft Finnair setzt ihre Verbindungen in die estnische "
      "Universitätsstadt Tartu wegen Störungen des GPS-Signals für einen Monat aus.")
T2 = "Zwei Maschinen aus Helsinki hatten in der vergangenen Woche ihren Landeanflug abbrechen und umkehren müssen."
T3 = "Der Flughafen Tartu nutzt ein Anflugverfahren, das auf Satellitennavigation angewiesen ist."
T4 = "Außenminister Margus Tsahkna machte Russland für die Störungen verantwortlich."
T5 = "„Das ist Teil der hybriden Angriffe Russlands auf unsere Länder“, sagte Tsahkna im estnischen Rundfunk."
T6 = "Estland verlange von der EU und der Nato eine gemeinsame Antwort, sagte der Minister."
T7 = ("Auch Litauen und Lettland meldeten in den vergangenen Monaten massive Störungen, deren Ursprung sie in der "
      "russischen Exklave Kaliningrad vermuten.")
T8 = "Der Kreml wies die Vorwürfe als haltlos zurück."
T9 = ("Das Außenministerium in Tallinn bestellte am Dienstag den russischen Geschäftsträger ein und überreichte ihm "
      "eine Protestnote.")
T10 = "Die estnische Transportbehörde arbeitet nun mit Finnair an einem Anflugverfahren, das ohne GPS auskommt."
T11 = "Finnair betonte, die Sicherheit der Passagiere sei zu keinem Zeitpunkt gefährdet gewesen."
T12 = "Die Nato hatte bereits im März eine Zunahme russischer Störsignale im Ostseeraum beklagt."
T13 = "Die Flüge zwischen Helsinki und Tallinn sind von der Entscheidung nicht betroffen."

DE01 = {
    "id": "hm238-de-01", "lang": "de", "url": None, "published": "2024-04-30",
    "title": "GPS-Störungen: Finnair stellt Flüge nach Tartu ein",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6, T7, T8], [T9, T10, T11], [T12, T13]),
    "events": [
        event("SANCTION", FINNAIR, TARTU_AIRPORT, T1, mode="discontinue"),
        event("ACCUSE", TSAHKNA, RUSSIA, T4, mode="allege"),
        event("ACCUSE", TSAHKNA, RUSSIA, T5, mode="allege"),
        event("REQUEST", TSAHKNA, EU, T6, mode="assist"),
        event("REQUEST", TSAHKNA, NATO, T6, mode="assist"),
        event("ACCUSE", LITHUANIA, RUSSIA, T7, mode="allege"),
        event("ACCUSE", LATVIA, RUSSIA, T7, mode="allege"),
        event("ACCUSE", EST_MFA, RUS_CHARGE_EST, T9, date="2024-04-30"),
        event("COOPERATE", EST_TRANSPORT, FINNAIR, T10),
        event("ACCUSE", NATO, RUSSIA, T12, mode="disapprove", date=None),
    ],
    "quotes": [
        quote("Das ist Teil der hybriden Angriffe Russlands auf unsere Länder", "Margus Tsahkna", "direct"),
        quote("Estland verlange von der EU und der Nato eine gemeinsame Antwort", "Margus Tsahkna", "indirect"),
        quote("die Sicherheit der Passagiere sei zu keinem Zeitpunkt gefährdet gewesen", "Finnair", "indirect"),
    ],
    "entities": [
        entity("Tallinn", "LOC", "EST", ["Tallinn"]),
        entity("Finnair", "ORG", "FIN", ["Die finnische Fluggesellschaft Finnair", "Finnair"]),
        entity("Tartu", "LOC", "EST", ["die estnische Universitätsstadt Tartu"]),
        entity("Tartu Airport", "LOC", "EST", ["Der Flughafen Tartu"]),
        entity("Helsinki", "LOC", "FIN", ["Helsinki"]),
        entity("Margus Tsahkna", "PER", "EST", ["Außenminister Margus Tsahkna", "Tsahkna", "der Minister"]),
        entity("Russia", "LOC", "RUS", ["Russland", "Russlands"]),
        entity("Estonian Public Broadcasting", "ORG", "EST", ["estnischen Rundfunk"]),
        entity("Estonia", "LOC", "EST", ["Estland"]),
        entity("European Union", "ORG", "EUR", ["der EU"]),
        entity("NATO", "ORG", "IGO", ["der Nato", "Die Nato"]),
        entity("Lithuania", "LOC", "LTU", ["Litauen"]),
        entity("Latvia", "LOC", "LVA", ["Lettland"]),
        entity("Kaliningrad", "LOC", "RUS", ["der russischen Exklave Kaliningrad"]),
        entity("Kremlin", "ORG", "RUS", ["Der Kreml"]),
        entity("Ministry of Foreign Affairs of Estonia", "ORG", "EST", ["Das Außenministerium in Tallinn"]),
        entity("Russian chargé d'affaires in Estonia", "PER", "RUS", ["den russischen Geschäftsträger"]),
        entity("Estonian Transport Administration", "ORG", "EST", ["Die estnische Transportbehörde"]),
    ],
}

# ---------------------------------------------------------------- hm238-de-02 (Starovoit dismissed and found dead)
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
STAROVOIT = actor("Roman Starovoit", "RUS", "GOV")
RUS_IC = actor("Investigative Committee of Russia", "RUS", "JUD")
RUS_POLICE = actor("Russian police", "RUS", "COP")
SMIRNOV = actor("Alexei Smirnov", "RUS", "GOV")
MOSCOW_COURT = actor("Moscow court", "RUS", "JUD")
UKR_ARMY = actor("Armed Forces of Ukraine", "UKR", "MIL")
RVC = actor("Russian Volunteer Corps", "RUS", "REB")
SYBIHA = actor("Andrii Sybiha", "UKR", "GOV")

S1 = ("Moskau (dpa) - Wenige Stunden nach seiner Entlassung durch Kremlchef Wladimir Putin ist der russische "
      "Verkehrsminister Roman Starowoit tot aufgefunden worden.")
S2 = ("Die Leiche des 53-Jährigen sei mit einer Schusswunde in seinem Auto in Odinzowo bei Moskau entdeckt worden, "
      "teilte das Ermittlungskomitee mit.")
S3 = "Die Behörde leitete ein Strafverfahren ein und geht von einem Suizid aus."
S4 = "Putin hatte Starowoit am Morgen per Dekret von seinem Posten enthoben, ohne Gründe zu nennen."
S5 = "Kremlsprecher Dmitri Peskow sagte, die Entlassung sei nicht Ausdruck eines Vertrauensverlusts gewesen."
S6 = "„Natürlich ist das eine tragische und traurige Nachricht“, fügte Peskow hinzu."
S7 = "Kommissarischer Nachfolger wurde der bisherige Vize-Minister Andrej Nikitin."
S8 = "Starowoit war bis Mai 2024 Gouverneur des an die Ukraine grenzenden Gebiets Kursk."
S9 = "Sein Nachfolger dort, Alexej Smirnow, war im April festgenommen worden."
S10 = "Die Ermittler werfen ihm vor, Gelder für Befestigungsanlagen an der Grenze veruntreut zu haben."
S11 = "Die Anlagen hatten den Vorstoß ukrainischer Truppen in das Gebiet im August 2024 nicht aufhalten können."
S12 = ("Bereits im März 2024 waren Kämpfer des Russischen Freiwilligenkorps, die auf ukrainischer Seite kämpfen, über "
       "die Grenze vorgedrungen.")
S13 = "Russische Medien berichteten, Smirnow habe in den Verhören auch Starowoit belastet."
S14 = "Ein Gericht in Moskau hatte die Untersuchungshaft gegen Smirnow erst vergangene Woche verlängert."
S15 = ("Am Wochenende hatten ukrainische Drohnenangriffe den Flugverkehr in Moskau und St. Petersburg stundenlang "
       "lahmgelegt.")
S16 = ("Der ukrainische Außenminister Andrij Sybiha warf Moskau vor, mit immer neuen Luftangriffen auf ukrainische "
       "Städte jede Friedensbemühung zu untergraben.")

DE02 = {
    "id": "hm238-de-02", "lang": "de", "url": None, "published": "2025-07-07",
    "title": "Russischer Verkehrsminister nach Entlassung tot aufgefunden",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9, S10, S11, S12, S13, S14], [S15, S16]),
    "events": [
        event("SANCTION", PUTIN, STAROVOIT, S1, mode="expel", date="2025-07-07"),
        event("ACCUSE", RUS_IC, None, S3, mode="investigate"),
        event("SANCTION", PUTIN, STAROVOIT, S4, mode="expel", date="2025-07-07"),
        event("COERCE", RUS_POLICE, SMIRNOV, S9, mode="arrest"),
        event("ACCUSE", RUS_IC, SMIRNOV, S10, mode="allege"),
        event("ASSAULT", UKR_ARMY, RUSSIA, S11, date=None, location="Kursk Oblast", location_country="RUS"),
        event("ASSAULT", RVC, RUSSIA, S12, location="Kursk Oblast", location_country="RUS"),
        event("COERCE", MOSCOW_COURT, SMIRNOV, S14, mode="arrest"),
        event("ASSAULT", UKR_ARMY, RUSSIA, S15, mode="drone", location="Moscow", location_country="RUS"),
        event("ACCUSE", SYBIHA, RUSSIA, S16, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Leiche des 53-Jährigen sei mit einer Schusswunde in seinem Auto in Odinzowo bei Moskau entdeckt "
              "worden", "Investigative Committee of Russia", "indirect"),
        quote("die Entlassung sei nicht Ausdruck eines Vertrauensverlusts gewesen", "Dmitry Peskov", "indirect"),
        quote("Natürlich ist das eine tragische und traurige Nachricht", "Dmitry Peskov", "direct"),
        quote("Gelder für Befestigungsanlagen an der Grenze veruntreut zu haben", "Investigative Committee of Russia",
              "indirect"),
        quote("Smirnow habe in den Verhören auch Starowoit belastet", "Russian media", "indirect"),
        quote("mit immer neuen Luftangriffen auf ukrainische Städte jede Friedensbemühung zu untergraben",
              "Andrii Sybiha", "indirect"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "Putin"]),
        entity("Roman Starovoit", "PER", "RUS", ["der russische Verkehrsminister Roman Starowoit", "Starowoit",
                                                 "des 53-Jährigen"]),
        entity("Odintsovo", "LOC", "RUS", ["Odinzowo"]),
        entity("Investigative Committee of Russia", "ORG", "RUS", ["das Ermittlungskomitee", "Die Behörde",
                                                                   "Die Ermittler"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow", "Peskow"]),
        entity("Andrei Nikitin", "PER", "RUS", ["Vize-Minister Andrej Nikitin"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine"]),
        entity("Kursk Oblast", "LOC", "RUS", ["Gebiets Kursk", "das Gebiet"]),
        entity("Alexei Smirnov", "PER", "RUS", ["Alexej Smirnow", "Smirnow"]),
        entity("Armed Forces of Ukraine", "ORG", "UKR", ["ukrainischer Truppen"]),
        entity("Russian Volunteer Corps", "ORG", "RUS", ["Kämpfer des Russischen Freiwilligenkorps"]),
        entity("Russian media", "ORG", "RUS", ["Russische Medien"]),
        entity("Moscow court", "ORG", "RUS", ["Ein Gericht in Moskau"]),
        entity("Saint Petersburg", "LOC", "RUS", ["St. Petersburg"]),
        entity("Andrii Sybiha", "PER", "UKR", ["Der ukrainische Außenminister Andrij Sybiha"]),
    ],
}

# ---------------------------------------------------------------- hm238-de-03 (Archbishop Ajapahyan sentenced)
ARM_COURT = actor("Armenian court", "ARM", "JUD")
AJAPAHYAN = actor("Mikael Ajapahyan", "ARM", "CVL")
ARM_PROS = actor("Prosecutor General's Office of Armenia", "ARM", "JUD")
AJAP_SUPPORTERS = actor("supporters of Mikael Ajapahyan", "ARM", "CVL")
ARM_POLICE = actor("Armenian police", "ARM", "COP")
ARM_NSS = actor("National Security Service of Armenia", "ARM", "COP")
ARM_CLERGY = actor("Armenian clergy and believers", "ARM", "CVL")
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")
ARM_CHURCH = actor("Armenian Apostolic Church", "ARM", "CVL")
KAREKIN = actor("Karekin II", "ARM", "CVL")
ARM_GOV = actor("Government of Armenia", "ARM", "GOV")
ARM_JUDICIARY = actor("Armenian judiciary", "ARM", "JUD")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
ARMENIA = actor("Armenia", "ARM", "GOV")
RUS_AMB_ARM = actor("Russian Ambassador to Armenia", "RUS", "GOV")

A1 = ("Eriwan (AFP) - Ein Gericht in Armenien hat den Erzbischof Mikael Adschapahjan wegen öffentlicher Aufrufe zur "
      "Machtergreifung zu zwei Jahren Haft verurteilt.")
A2 = ("Die Staatsanwaltschaft hatte dem Geistlichen vorgeworfen, in einem Fernsehinterview zum Sturz der Regierung "
      "aufgerufen zu haben.")
A3 = "Adschapahjan, der die Diözese Schirak im Nordwesten des Landes leitet, bestreitet die Vorwürfe."
A4 = "Vor dem Gerichtsgebäude in Eriwan protestierten Hunderte seiner Anhänger gegen das Urteil."
A5 = "Die Polizei drängte sie vom Eingang ab und nahm zwölf Menschen fest."
A6 = ("Adschapahjan war Ende Juni am Kirchensitz Etschmiadsin festgenommen worden, nachdem Geistliche und Gläubige "
      "den Sicherheitskräften zunächst den Zugang versperrt hatten.")
A7 = ("Ministerpräsident Nikol Paschinjan wirft der Führung der Armenischen Apostolischen Kirche seit Monaten vor, "
      "sich in die Politik einzumischen.")
A8 = "Er verlangt den Rücktritt von Katholikos Karekin II."
A9 = "Der Katholikos verurteilte den Richterspruch als »politische Verfolgung«."
A10 = "„Die Kirche wird sich nicht einschüchtern lassen“, hieß es in einer Erklärung des Heiligen Stuhls von Etschmiadsin."
A11 = "Paschinjan verteidigte dagegen das Vorgehen der Justiz."
A12 = "„Niemand steht über dem Gesetz, auch nicht im Priestergewand“, schrieb er auf Facebook."
A13 = ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte den Druck auf die Kirche einen Angriff "
       "auf die Grundlagen der armenischen Gesellschaft.")
A14 = "Eriwan bestellte daraufhin den russischen Botschafter ein."
A15 = "Die Verteidigung kündigte an, Berufung einzulegen."

DE03 = {
    "id": "hm238-de-03", "lang": "de", "url": None, "published": "2025-10-02",
    "title": "Zwei Jahre Haft für armenischen Erzbischof",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6], [A7, A8, A9, A10, A11, A12], [A13, A14, A15]),
    "events": [
        event("SANCTION", ARM_COURT, AJAPAHYAN, A1, mode="convict", location="Yerevan", location_country="ARM"),
        event("ACCUSE", ARM_PROS, AJAPAHYAN, A2, mode="allege"),
        event("PROTEST", AJAP_SUPPORTERS, ARM_COURT, A4, mode="demo", location="Yerevan", location_country="ARM"),
        event("COERCE", ARM_POLICE, AJAP_SUPPORTERS, A5, mode="arrest", location="Yerevan", location_country="ARM"),
        event("COERCE", ARM_NSS, AJAPAHYAN, A6, mode="arrest", location="Etchmiadzin", location_country="ARM"),
        event("PROTEST", ARM_CLERGY, ARM_NSS, A6, mode="obstruct", location="Etchmiadzin", location_country="ARM"),
        event("ACCUSE", PASHINYAN, ARM_CHURCH, A7, mode="allege"),
        event("REQUEST", PASHINYAN, KAREKIN, A8, mode="change"),
        event("ACCUSE", KAREKIN, ARM_GOV, A9, mode="disapprove"),
        event("SUPPORT", PASHINYAN, ARM_JUDICIARY, A11),
        event("ACCUSE", ZAKHAROVA, ARM_GOV, A13, mode="disapprove"),
        event("ACCUSE", ARMENIA, RUS_AMB_ARM, A14),
    ],
    "quotes": [
        quote("in einem Fernsehinterview zum Sturz der Regierung aufgerufen zu haben",
              "Prosecutor General's Office of Armenia", "indirect"),
        quote("sich in die Politik einzumischen", "Nikol Pashinyan", "indirect"),
        quote("politische Verfolgung", "Karekin II", "direct"),
        quote("Die Kirche wird sich nicht einschüchtern lassen", "Mother See of Holy Etchmiadzin", "direct"),
        quote("Niemand steht über dem Gesetz, auch nicht im Priestergewand", "Nikol Pashinyan", "direct"),
    ],
    "entities": [
        entity("Yerevan", "LOC", "ARM", ["Eriwan"]),
        entity("Armenia", "LOC", "ARM", ["Armenien"]),
        entity("Armenian court", "ORG", "ARM", ["Ein Gericht in Armenien"]),
        entity("Mikael Ajapahyan", "PER", "ARM", ["den Erzbischof Mikael Adschapahjan", "dem Geistlichen",
                                                  "Adschapahjan"]),
        entity("Prosecutor General's Office of Armenia", "ORG", "ARM", ["Die Staatsanwaltschaft"]),
        entity("Diocese of Shirak", "ORG", "ARM", ["die Diözese Schirak"]),
        entity("supporters of Mikael Ajapahyan", "MISC", "ARM", ["Hunderte seiner Anhänger"]),
        entity("Armenian police", "ORG", "ARM", ["Die Polizei"]),
        entity("Etchmiadzin", "LOC", "ARM", ["Kirchensitz Etschmiadsin"]),
        entity("National Security Service of Armenia", "ORG", "ARM", ["den Sicherheitskräften"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Ministerpräsident Nikol Paschinjan", "Paschinjan"]),
        entity("Armenian Apostolic Church", "ORG", "ARM", ["der Armenischen Apostolischen Kirche", "Die Kirche",
                                                           "die Kirche"]),
        entity("Karekin II", "PER", "ARM", ["Katholikos Karekin II", "Der Katholikos"]),
        entity("Mother See of Holy Etchmiadzin", "ORG", "ARM", ["des Heiligen Stuhls von Etschmiadsin"]),
        entity("Armenian judiciary", "ORG", "ARM", ["der Justiz"]),
        entity("Facebook", "ORG", "USA", ["Facebook"]),
        entity("Russian Ministry of Foreign Affairs", "ORG", "RUS", ["des russischen Außenministeriums"]),
        entity("Maria Zakharova", "PER", "RUS", ["Maria Sacharowa"]),
        entity("Russian Ambassador to Armenia", "PER", "RUS", ["den russischen Botschafter"]),
    ],
}

# ---------------------------------------------------------------- hm238-de-04 (Podgorica stabbing, visa suspension)
MNE_GOV = actor("Government of Montenegro", "MNE", "GOV")
TURKEY = actor("Turkey", "TUR", "GOV")
TURK_SUSPECTS = actor("Turkish suspects in the Zabjelo stabbing", "TUR", "CVL")
MNE_VICTIM = actor("young Montenegrin man", "MNE", "CVL")
MNE_POLICE = actor("Police Administration of Montenegro", "MNE", "COP")
MNE_RIOTERS = actor("Montenegrin rioters", "MNE", "CVL")
TURK_CITIZENS = actor("Turkish citizens in Montenegro", "TUR", "CVL")
SPAJIC = actor("Milojko Spajić", "MNE", "GOV")
MNE_MOI = actor("Ministry of Interior of Montenegro", "MNE", "GOV")
TUR_MFA = actor("Ministry of Foreign Affairs of Turkey", "TUR", "GOV")
IBRAHIMOVIC = actor("Ervin Ibrahimović", "MNE", "GOV")
FIDAN = actor("Hakan Fidan", "TUR", "GOV")
MILATOVIC = actor("Jakov Milatović", "MNE", "GOV")
MNE_CITIZENS = actor("citizens of Montenegro", "MNE", "CVL")
MNE_AUTHORITIES = actor("Montenegrin authorities", "MNE", "GOV")

Z1 = ("Podgorica (dpa) - Nach einer Messerattacke auf einen jungen Montenegriner hat die Regierung in Podgorica die "
      "visafreie Einreise für türkische Staatsbürger vorübergehend ausgesetzt.")
Z2 = ("Der 25-Jährige war in der Nacht zum Montag im Stadtteil Zabjelo bei einem Streit in einem Café durch "
      "Messerstiche schwer verletzt worden.")
Z3 = "Die Polizei nahm zwei türkische Staatsbürger als Tatverdächtige fest."
Z4 = ("Kurz darauf zogen Hunderte aufgebrachte Menschen durch das Viertel, schlugen die Scheiben von Geschäften "
      "türkischer Inhaber ein und setzten Autos mit türkischen Kennzeichen in Brand.")
Z5 = "Die Polizei setzte Tränengas ein und nahm mehr als 20 Randalierer fest."
Z6 = "Ministerpräsident Milojko Spajić verurteilte die Ausschreitungen."
Z7 = "„Gewalt und Selbstjustiz haben in Montenegro keinen Platz“, sagte der Regierungschef."
Z8 = ("Das Innenministerium ordnete zugleich an, türkische Staatsbürger ohne gültige Aufenthaltserlaubnis "
      "auszuweisen.")
Z9 = "Ankara verlangte von Montenegro, die Sicherheit türkischer Bürger zu gewährleisten."
Z10 = ("Das türkische Außenministerium bedauerte die Aussetzung der Visafreiheit und forderte eine rasche Rückkehr zur "
       "bisherigen Regelung.")
Z11 = ("Die Maßnahme sei vorübergehend und richte sich nicht gegen die Türkei als Staat, betonte Außenminister Ervin "
       "Ibrahimović.")
Z12 = "Er telefonierte am Dienstag mit seinem türkischen Amtskollegen Hakan Fidan."
Z13 = "Präsident Jakov Milatović rief die Bürger zur Ruhe auf."
Z14 = "Eine Ausgangssperre verhängten die Behörden nicht."
Z15 = ("In Montenegro leben mehrere Tausend türkische Staatsbürger, viele von ihnen betreiben Cafés und Läden in der "
       "Hauptstadt.")

DE04 = {
    "id": "hm238-de-04", "lang": "de", "url": None, "published": "2025-10-28",
    "title": "Montenegro setzt Visafreiheit für Türken aus",
    "text": paragraphs([Z1, Z2, Z3], [Z4, Z5], [Z6, Z7, Z8], [Z9, Z10, Z11, Z12], [Z13, Z14, Z15]),
    "events": [
        event("SANCTION", MNE_GOV, TURKEY, Z1, mode="discontinue"),
        event("ASSAULT", TURK_SUSPECTS, MNE_VICTIM, Z2, mode="primitive", location="Podgorica",
              location_country="MNE"),
        event("COERCE", MNE_POLICE, TURK_SUSPECTS, Z3, mode="arrest"),
        event("PROTEST", MNE_RIOTERS, TURK_CITIZENS, Z4, mode="riot", location="Podgorica", location_country="MNE"),
        event("ASSAULT", MNE_POLICE, MNE_RIOTERS, Z5, mode="crowd-control", location="Podgorica",
              location_country="MNE"),
        event("COERCE", MNE_POLICE, MNE_RIOTERS, Z5, mode="arrest", location="Podgorica", location_country="MNE"),
        event("ACCUSE", SPAJIC, MNE_RIOTERS, Z6, mode="disapprove"),
        event("ACCUSE", SPAJIC, MNE_RIOTERS, Z7, mode="disapprove"),
        event("COERCE", MNE_MOI, TURK_CITIZENS, Z8, mode="deport"),
        event("REQUEST", TURKEY, MNE_GOV, Z9),
        event("ACCUSE", TUR_MFA, MNE_GOV, Z10, mode="disapprove"),
        event("REQUEST", TUR_MFA, MNE_GOV, Z10, mode="yield"),
        event("CONSULT", IBRAHIMOVIC, FIDAN, Z12, mode="phone", date="2025-10-28"),
        event("REQUEST", MILATOVIC, MNE_CITIZENS, Z13),
        event("COERCE", MNE_AUTHORITIES, None, Z14, mode="curfew", negated=True),
    ],
    "quotes": [
        quote("Gewalt und Selbstjustiz haben in Montenegro keinen Platz", "Milojko Spajić", "direct"),
        quote("Die Maßnahme sei vorübergehend und richte sich nicht gegen die Türkei als Staat", "Ervin Ibrahimović",
              "indirect"),
    ],
    "entities": [
        entity("Podgorica", "LOC", "MNE", ["Podgorica", "der Hauptstadt"]),
        entity("Government of Montenegro", "ORG", "MNE", ["die Regierung in Podgorica"]),
        entity("young Montenegrin man", "PER", "MNE", ["einen jungen Montenegriner", "Der 25-Jährige"]),
        entity("Zabjelo", "LOC", "MNE", ["Stadtteil Zabjelo", "das Viertel"]),
        entity("Police Administration of Montenegro", "ORG", "MNE", ["Die Polizei"]),
        entity("Turkish suspects in the Zabjelo stabbing", "MISC", "TUR",
               ["zwei türkische Staatsbürger als Tatverdächtige"]),
        entity("Montenegrin rioters", "MISC", "MNE", ["Hunderte aufgebrachte Menschen", "Randalierer"]),
        entity("Milojko Spajić", "PER", "MNE", ["Ministerpräsident Milojko Spajić", "der Regierungschef"]),
        entity("Montenegro", "LOC", "MNE", ["Montenegro"]),
        entity("Ministry of Interior of Montenegro", "ORG", "MNE", ["Das Innenministerium"]),
        entity("Turkey", "LOC", "TUR", ["Ankara", "die Türkei"]),
        entity("Ministry of Foreign Affairs of Turkey", "ORG", "TUR", ["Das türkische Außenministerium"]),
        entity("Ervin Ibrahimović", "PER", "MNE", ["Außenminister Ervin Ibrahimović"]),
        entity("Hakan Fidan", "PER", "TUR", ["seinem türkischen Amtskollegen Hakan Fidan"]),
        entity("Jakov Milatović", "PER", "MNE", ["Präsident Jakov Milatović"]),
        entity("Montenegrin authorities", "ORG", "MNE", ["die Behörden"]),
    ],
}

# ---------------------------------------------------------------- hm238-en-01 (Lapu-Lapu Day festival attack, Vancouver)
BC_PROS = actor("British Columbia Prosecution Service", "CAN", "JUD")
LO = actor("Kai-Ji Adam Lo", "CAN", "CVL")
FESTIVAL_GOERS = actor("Lapu-Lapu Day festival-goers", "CAN", "CVL")
VPD = actor("Vancouver Police Department", "CAN", "COP")
BC_COURT = actor("Provincial Court of British Columbia", "CAN", "JUD")
CARNEY = actor("Mark Carney", "CAN", "GOV")
FILIPINO_CANADIANS = actor("Filipino community in Canada", "CAN", "CVL")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
CAN_AUTHORITIES = actor("Canadian authorities", "CAN", "GOV")
PHL_CONSULATE = actor("Philippine Consulate General in Vancouver", "PHL", "GOV")

K1 = ("VANCOUVER, British Columbia, April 27 (Reuters) - Canadian prosecutors on Sunday charged a 30-year-old man with "
      "eight counts of second-degree murder after a vehicle was driven into a crowd at a Filipino street festival in "
      "Vancouver, killing 11 people.")
K2 = ("Police identified the suspect as Kai-Ji Adam Lo, a Vancouver resident who they said had a history of "
      "interactions with police and mental health professionals.")
K3 = ("Witnesses said the driver of a black SUV sped down a street lined with food trucks shortly after 8 p.m. on "
      "Saturday and ploughed into festival-goers.")
K4 = "Bystanders held the man until officers arrived and took him into custody."
K5 = ("Vancouver's interim police chief, Steve Rai, said investigators were confident the incident was not an act of "
      "terrorism.")
K6 = "Officers searched a home in south Vancouver linked to the suspect on Sunday, he said."
K7 = "A provincial court judge ordered Lo held in custody until his next appearance on May 26."
K8 = ("Prime Minister Mark Carney, who faces a federal election on Monday, suspended campaign events and travelled to "
      "Vancouver.")
K9 = ("\"I am devastated to hear about the horrific events at the Lapu-Lapu festival,\" Carney said, offering "
      "condolences to Canada's Filipino community.")
K10 = ("Philippine President Ferdinand Marcos Jr. said he was \"utterly devastated\" and that his government would "
       "help Canadian authorities identify and assist Filipino victims.")
K11 = ("The Philippine consulate general in Vancouver said it was in contact with local authorities and the families "
       "of the victims.")
K12 = ("Conservative leader Pierre Poilievre and New Democratic Party leader Jagmeet Singh also called off campaign "
       "appearances.")
K13 = "The festival celebrates Lapu-Lapu, a 16th-century chieftain who resisted Spanish colonizers in the Philippines."
K14 = "Lo did not enter a plea."

EN01 = {
    "id": "hm238-en-01", "lang": "en", "url": None, "published": "2025-04-27",
    "title": "Man charged with murder after car ploughs into Vancouver Filipino festival",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7], [K8, K9, K10, K11, K12], [K13, K14]),
    "events": [
        event("ACCUSE", BC_PROS, LO, K1, mode="allege", date="2025-04-27"),
        event("ASSAULT", LO, FESTIVAL_GOERS, K1, location="Vancouver", location_country="CAN"),
        event("ASSAULT", LO, FESTIVAL_GOERS, K3, date="2025-04-26", location="Vancouver", location_country="CAN"),
        event("COERCE", VPD, LO, K4, mode="arrest", date="2025-04-26", location="Vancouver", location_country="CAN"),
        event("COERCE", VPD, LO, K6, mode="seize", date="2025-04-27", location="Vancouver", location_country="CAN"),
        event("COERCE", BC_COURT, LO, K7, mode="arrest"),
        event("SUPPORT", CARNEY, FILIPINO_CANADIANS, K9),
        event("AGREE", MARCOS, CAN_AUTHORITIES, K10),
        event("CONSULT", PHL_CONSULATE, CAN_AUTHORITIES, K11),
    ],
    "quotes": [
        quote("had a history of interactions with police and mental health professionals", "Vancouver Police Department",
              "indirect"),
        quote("the driver of a black SUV sped down a street lined with food trucks shortly after 8 p.m. on Saturday and "
              "ploughed into festival-goers", "witnesses", "indirect"),
        quote("investigators were confident the incident was not an act of terrorism", "Steve Rai", "indirect"),
        quote("Officers searched a home in south Vancouver linked to the suspect on Sunday", "Steve Rai", "indirect"),
        quote("I am devastated to hear about the horrific events at the Lapu-Lapu festival", "Mark Carney", "direct"),
        quote("utterly devastated", "Ferdinand Marcos Jr.", "direct"),
        quote("his government would help Canadian authorities identify and assist Filipino victims",
              "Ferdinand Marcos Jr.", "indirect"),
        quote("it was in contact with local authorities and the families of the victims",
              "Philippine Consulate General in Vancouver", "indirect"),
    ],
    "entities": [
        entity("Vancouver", "LOC", "CAN", ["VANCOUVER", "Vancouver"]),
        entity("British Columbia", "LOC", "CAN", ["British Columbia"]),
        entity("British Columbia Prosecution Service", "ORG", "CAN", ["Canadian prosecutors"]),
        entity("Kai-Ji Adam Lo", "PER", "CAN", ["a 30-year-old man", "the suspect", "Kai-Ji Adam Lo",
                                                "the driver of a black SUV", "the man", "Lo"]),
        entity("Lapu-Lapu Day festival", "MISC", "CAN", ["a Filipino street festival", "the Lapu-Lapu festival",
                                                         "The festival"]),
        entity("Vancouver Police Department", "ORG", "CAN", ["Police", "officers", "Officers", "investigators"]),
        entity("Steve Rai", "PER", "CAN", ["Vancouver's interim police chief, Steve Rai"]),
        entity("Provincial Court of British Columbia", "ORG", "CAN", ["A provincial court judge"]),
        entity("Mark Carney", "PER", "CAN", ["Prime Minister Mark Carney", "Carney"]),
        entity("Canada", "LOC", "CAN", ["Canada's"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Philippine President Ferdinand Marcos Jr."]),
        entity("Canadian authorities", "ORG", "CAN", ["Canadian authorities", "local authorities"]),
        entity("Philippine Consulate General in Vancouver", "ORG", "PHL",
               ["The Philippine consulate general in Vancouver"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Conservative leader Pierre Poilievre"]),
        entity("Jagmeet Singh", "PER", "CAN", ["New Democratic Party leader Jagmeet Singh"]),
        entity("Lapu-Lapu", "PER", "PHL", ["Lapu-Lapu, a 16th-century chieftain"]),
        entity("Philippines", "LOC", "PHL", ["the Philippines"]),
    ],
}

# ---------------------------------------------------------------- hm238-en-02 (Boulder firebomb attack)
SOLIMAN = actor("Mohamed Sabry Soliman", "EGY", "CVL")
MARCHERS = actor("Run for Their Lives marchers", "USA", "CVL")
BOULDER_PD = actor("Boulder Police Department", "USA", "COP")
US_FED_PROS = actor("U.S. federal prosecutors", "USA", "JUD")
BOULDER_DA = actor("Boulder County District Attorney's Office", "USA", "JUD")
PATEL = actor("Kash Patel", "USA", "COP")
DHS = actor("U.S. Department of Homeland Security", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
ICE = actor("U.S. Immigration and Customs Enforcement", "USA", "COP")
SOLIMAN_FAMILY = actor("family of Mohamed Sabry Soliman", "EGY", "CVL")
NOEM = actor("Kristi Noem", "USA", "GOV")
POLIS = actor("Jared Polis", "USA", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
BOULDER_COURT = actor("Boulder County District Court", "USA", "JUD")

B1 = ("BOULDER, Colo. (AP) - A man shouting \"Free Palestine\" hurled firebombs into a group of people marching for "
      "the release of Israeli hostages in Gaza on Sunday, injuring 12.")
B2 = ("Police arrested the suspect, 45-year-old Mohamed Sabry Soliman, at the scene on Boulder's Pearl Street "
      "pedestrian mall.")
B3 = ("Federal prosecutors charged him with a hate crime, and Boulder County prosecutors filed 16 counts of attempted "
      "murder.")
B4 = ("According to an affidavit, Soliman told investigators he had planned the attack for a year and \"wanted to kill "
      "all Zionist people.\"")
B5 = "FBI Director Kash Patel called it a \"targeted terror attack.\""
B6 = ("The Department of Homeland Security said Soliman, an Egyptian national, had overstayed a tourist visa that "
      "expired in February 2023.")
B7 = ("President Donald Trump blamed the attack on the \"ridiculous Open Border Policy\" of his predecessor, Joe "
      "Biden.")
B8 = "On Tuesday, immigration agents took Soliman's wife and five children into custody."
B9 = ("Homeland Security Secretary Kristi Noem said the department was investigating whether they knew of the "
      "plan.")
B10 = ("Colorado Governor Jared Polis condemned the attack as \"an act of terror\" and said antisemitism had no place "
       "in the state.")
B11 = "Israeli Prime Minister Benjamin Netanyahu called it \"pure antisemitic terror.\""
B12 = "A judge set Soliman's bond at $10 million."
B13 = "The victims, aged 52 to 88, included a Holocaust survivor, organizers said."
B14 = "The weekly walk has been held in Boulder since late 2023 to call attention to the hostages held in Gaza."

EN02 = {
    "id": "hm238-en-02", "lang": "en", "url": None, "published": "2025-06-03",
    "title": "Egyptian man charged after firebomb attack on Boulder march for Israeli hostages",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7], [B8, B9], [B10, B11, B12], [B13, B14]),
    "events": [
        event("ASSAULT", SOLIMAN, MARCHERS, B1, mode="primitive", date="2025-06-01", location="Boulder",
              location_country="USA"),
        event("COERCE", BOULDER_PD, SOLIMAN, B2, mode="arrest", date="2025-06-01", location="Boulder",
              location_country="USA"),
        event("ACCUSE", US_FED_PROS, SOLIMAN, B3, mode="allege"),
        event("ACCUSE", BOULDER_DA, SOLIMAN, B3, mode="allege"),
        event("ACCUSE", PATEL, SOLIMAN, B5, mode="disapprove"),
        event("ACCUSE", DHS, SOLIMAN, B6, mode="allege"),
        event("ACCUSE", TRUMP, BIDEN, B7, mode="disapprove"),
        event("COERCE", ICE, SOLIMAN_FAMILY, B8, mode="arrest", date="2025-06-03"),
        event("ACCUSE", NOEM, SOLIMAN_FAMILY, B9, mode="investigate"),
        event("ACCUSE", POLIS, SOLIMAN, B10, mode="disapprove"),
        event("ACCUSE", NETANYAHU, SOLIMAN, B11, mode="disapprove"),
        event("COERCE", BOULDER_COURT, SOLIMAN, B12, mode="arrest"),
    ],
    "quotes": [
        quote("Free Palestine", "Mohamed Sabry Soliman", "direct"),
        quote("he had planned the attack for a year and \"wanted to kill all Zionist people.\"",
              "Mohamed Sabry Soliman", "indirect"),
        quote("wanted to kill all Zionist people", "Mohamed Sabry Soliman", "direct"),
        quote("targeted terror attack", "Kash Patel", "direct"),
        quote("Soliman, an Egyptian national, had overstayed a tourist visa that expired in February 2023",
              "U.S. Department of Homeland Security", "indirect"),
        quote("ridiculous Open Border Policy", "Donald Trump", "direct"),
        quote("the department was investigating whether they knew of the plan", "Kristi Noem", "indirect"),
        quote("an act of terror", "Jared Polis", "direct"),
        quote("antisemitism had no place in the state", "Jared Polis", "indirect"),
        quote("pure antisemitic terror", "Benjamin Netanyahu", "direct"),
        quote("The victims, aged 52 to 88, included a Holocaust survivor", "Run for Their Lives organizers",
              "indirect"),
    ],
    "entities": [
        entity("Boulder", "LOC", "USA", ["BOULDER", "Boulder's", "Boulder"]),
        entity("Colorado", "LOC", "USA", ["Colo.", "Colorado", "the state"]),
        entity("Mohamed Sabry Soliman", "PER", "EGY", ["A man", "the suspect, 45-year-old Mohamed Sabry Soliman",
                                                       "Soliman's", "Soliman"]),
        entity("Run for Their Lives marchers", "MISC", "USA",
               ["a group of people marching for the release of Israeli hostages in Gaza"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Boulder Police Department", "ORG", "USA", ["Police"]),
        entity("Pearl Street Mall", "LOC", "USA", ["Pearl Street pedestrian mall"]),
        entity("U.S. federal prosecutors", "ORG", "USA", ["Federal prosecutors"]),
        entity("Boulder County District Attorney's Office", "ORG", "USA", ["Boulder County prosecutors"]),
        entity("Kash Patel", "PER", "USA", ["FBI Director Kash Patel"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["FBI"]),
        entity("U.S. Department of Homeland Security", "ORG", "USA", ["The Department of Homeland Security",
                                                                      "the department"]),
        entity("Egypt", "LOC", "EGY", ["Egyptian"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
        entity("Joe Biden", "PER", "USA", ["his predecessor, Joe Biden"]),
        entity("U.S. Immigration and Customs Enforcement", "ORG", "USA", ["immigration agents"]),
        entity("family of Mohamed Sabry Soliman", "MISC", "EGY", ["Soliman's wife and five children"]),
        entity("Kristi Noem", "PER", "USA", ["Homeland Security Secretary Kristi Noem"]),
        entity("Jared Polis", "PER", "USA", ["Colorado Governor Jared Polis"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israeli Prime Minister Benjamin Netanyahu"]),
        entity("Boulder County District Court", "ORG", "USA", ["A judge"]),
        entity("Run for Their Lives", "ORG", "USA", ["organizers", "The weekly walk"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
